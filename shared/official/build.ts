// plan + document + targets + export settings -> the official-document model. Numbers come from
// the outline (shared/outline/numbering.ts through deriveOutline); nothing is renumbered here.
import type { Notice } from '../api/contract';
import type { NumberingMode } from '../domain/plan';
import { formatDay } from '../format/date';
import { deriveOutline, type OutlineEntry } from '../outline/derive';
import { isIndicatorTableBlock, isOutlineBlock, nodeText, readIndicatorTable, type DocumentLike, type SerializedNodeLike } from '../outline/document';
import { numberIndicatorTables } from '../outline/numbering';
import { splitLead } from '../outline/lead';
import { INDICATORS_TITLE, TASKS_TITLE, indicatorTable, taskTable, type ExportTarget } from './attachments';
import type { FontRole } from './fonts';
import { indicatorTableBlock } from './indicator-table';
import { HEADER, SIZE_PT, TABLE, TYPE_AREA, charsPerLine, mmToPt, textCells } from './layout';
import type { Block, BodyRole, Colophon, OfficialDocument, OfficialSection, OfficialTable, Run } from './model';
import { defaultNoticeBody, type ExportSettings } from './settings';
import { placeSignature } from './signature';
import { breakTitle } from './title-lines';

export interface PlanForExport {
  title: string;
  organ: string;
  numberingMode: NumberingMode;
  document: DocumentLike | null;
  notice: Notice;
}

export interface BuildInput {
  plan: PlanForExport;
  targets: readonly ExportTarget[];
  settings: ExportSettings;
}

const ROLE_BY_LEVEL: Record<1 | 2 | 3 | 4, BodyRole> = { 1: 'level1', 2: 'level2', 3: 'level3', 4: 'level4' };
const HEADING_FONT: Record<1 | 2, FontRole> = { 1: 'hei', 2: 'kai' };

/** 牵头单位 and 责任单位 as printed at an item's end: （牵头单位：A；责任单位：B、C）. */
export function unitsSuffix(units: OutlineEntry['units']): string {
  const parts: string[] = [];
  if (units.lead.length) parts.push(`牵头单位：${units.lead.join('、')}`);
  if (units.responsible.length) parts.push(`责任单位：${units.responsible.join('、')}`);
  return parts.length ? `（${parts.join('；')}）` : '';
}

function entryRuns(entry: OutlineEntry, settings: ExportSettings): Run[] {
  const label: Run = { text: entry.label, font: 'fang', label: true };
  const [lead, rest] = splitLead(entry.text);
  if (entry.level <= 2) {
    const font = HEADING_FONT[entry.level as 1 | 2];
    // A heading's own words in its heading face; text run on after its first sentence stays 仿宋.
    const runs: Run[] = [{ ...label, font }, { text: lead, font, lead: true }];
    if (rest) runs.push({ text: rest, font: 'fang' });
    return runs;
  }
  const runs: Run[] = [label];
  if (entry.level === 3) {
    runs.push({ text: lead, font: 'fang', lead: true, ...(settings.leadBold ? { bold: true } : {}) });
    if (rest) runs.push({ text: rest, font: 'fang' });
  } else runs.push({ text: entry.text, font: 'fang' });
  if (settings.printUnits) {
    const suffix = unitsSuffix(entry.units);
    if (suffix) runs.push({ text: suffix, font: 'fang' });
  }
  return runs.filter((r) => r.text !== '');
}

/** A plain table node in the body (Lexical's table, should one arrive): first row as header. */
function bodyTable(node: SerializedNodeLike): OfficialTable | null {
  const rows = (node.children ?? []).map((row) => (row.children ?? []).map((cell) => nodeText(cell).trim()));
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (!rows.length || !width) return null;
  const [header, ...body] = rows;
  return {
    columns: Array.from({ length: width }, (_, i) => ({
      header: header![i] ?? '',
      widthPermille: Math.round(1000 / width),
      align: i === 0 ? 'left' : 'center',
    })),
    rows: body.map((r) => Array.from({ length: width }, (_, i) => ({ text: r[i] ?? '', align: i === 0 ? 'left' : 'center' }))),
    sizePt: TABLE.sizePt,
    headerFont: 'hei',
    bodyFont: 'fang',
  };
}

/** The plan's document as body blocks, in document order; a 专栏 prints the targets it names. */
export function bodyBlocks(doc: DocumentLike | null, mode: NumberingMode, settings: ExportSettings, targets: readonly ExportTarget[] = []): Block[] {
  if (!doc) return [];
  const entries = new Map(deriveOutline(doc, mode).map((e) => [e.uid, e]));
  const children = doc.root.children ?? [];
  const tableNumbers = numberIndicatorTables(children.map(isIndicatorTableBlock));
  const blocks: Block[] = [];
  children.forEach((node, index) => {
    const entry = isOutlineBlock(node) ? entries.get(node.uid) : undefined;
    if (entry) {
      blocks.push({ type: 'paragraph', role: ROLE_BY_LEVEL[entry.level], runs: entryRuns(entry, settings), source: { uid: entry.uid, block: index } });
      return;
    }
    if (isIndicatorTableBlock(node)) {
      blocks.push(indicatorTableBlock(readIndicatorTable(node), tableNumbers[index]!, targets, index));
      return;
    }
    if (node.type === 'table' || node.type === 'plan-table') {
      const table = bodyTable(node);
      if (table) blocks.push({ type: 'table', table });
      return;
    }
    // Body paragraphs; a line break inside one starts a new printed paragraph.
    for (const line of nodeText(node).split('\n')) {
      const text = line.trim();
      if (text) blocks.push({ type: 'paragraph', role: 'body', runs: [{ text, font: 'fang' }], source: { block: index } });
    }
  });
  return blocks;
}

/** The 发文机关标志's lines and size: as large as fits the type area, up to HEADER.markMaxPt. */
export function markBlock(lines: string[], suffix: string): Block {
  const widthPt = mmToPt(TYPE_AREA.widthMm);
  const longest = Math.max(1, ...lines.map(textCells));
  const suffixCells = textCells(suffix);
  const cells = lines.length > 1 && suffix ? longest + suffixCells + 0.5 : longest + suffixCells;
  const sizePt = Math.max(HEADER.markMinPt, Math.min(HEADER.markMaxPt, Math.floor(widthPt / cells)));
  return { type: 'mark', lines, suffix, sizePt };
}

function signers(plan: PlanForExport): string[] {
  const named = plan.notice.signers.map((s) => s.trim()).filter(Boolean);
  if (named.length) return named;
  return plan.organ.split(/\s{1,}|、/).map((s) => s.trim()).filter(Boolean);
}

function signatureBlocks(plan: PlanForExport, settings: ExportSettings): Block[] {
  const names = signers(plan);
  const date = formatDay(plan.notice.date);
  if (!names.length && !date) return [];
  const placed = placeSignature(names, date, settings.sealed);
  const blocks: Block[] = [{ type: 'blank', lines: settings.sealed ? 3 : 1, keepWithNext: true }];
  blocks.push({ type: 'signature', signers: placed.signers, date: placed.date, source: { field: 'notice.signers' } });
  const note = plan.notice.note.trim();
  if (note) blocks.push({ type: 'note', text: /^（.*）$/.test(note) ? note : `（${note.replace(/^[(（]|[)）]$/g, '')}）` });
  return blocks;
}

/**
 * The signature and date (or the 附件说明) never stand alone on a page: the body's last paragraph
 * goes with them (GB/T 9704 7.3.5.1). Appends `signature` to `blocks`.
 */
function appendSignature(blocks: Block[], signature: Block[]): void {
  if (!signature.length) return;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.type === 'paragraph' || b.type === 'blank') {
      b.keepWithNext = true;
      break;
    }
    if (b.type !== 'attachmentNote') break;
    b.keepWithNext = true;
  }
  blocks.push(...signature);
}

function titleLines(title: string): string[] {
  return breakTitle(title, charsPerLine(SIZE_PT.er)).lines;
}

function noticeSection(plan: PlanForExport, settings: ExportSettings): OfficialSection {
  const n = plan.notice;
  const blocks: Block[] = [];
  const markLines = settings.markText.trim() ? settings.markText.split('\n').map((l) => l.trim()).filter(Boolean) : signers(plan);
  if (settings.redHeader) blocks.push(markBlock(markLines, settings.markSuffix.trim()));
  blocks.push({ type: 'docNumber', text: n.docNumber.trim(), redRule: settings.redHeader, markSpace: !settings.redHeader });
  blocks.push({ type: 'blank', lines: HEADER.linesRuleToTitle });
  const title = n.title.trim() || `关于印发《${plan.title}》的通知`;
  blocks.push({ type: 'title', lines: titleLines(title), source: { field: 'notice.title' } });
  blocks.push({ type: 'blank', lines: HEADER.linesTitleToRecipients });
  const recipients = n.recipients.trim().replace(/[:：]$/, '');
  if (recipients) blocks.push({ type: 'recipients', text: `${recipients}：`, source: { field: 'notice.recipients' } });
  const body = settings.noticeBody.trim() || defaultNoticeBody(plan.title);
  for (const line of body.split('\n').map((l) => l.trim()).filter(Boolean)) {
    blocks.push({ type: 'paragraph', role: 'body', runs: [{ text: line, font: 'fang' }], source: { field: 'noticeBody' } });
  }
  appendSignature(blocks, signatureBlocks(plan, settings));
  return { kind: 'notice', orientation: 'portrait', blocks };
}

interface Attachment {
  name: string;
  orientation: 'portrait' | 'landscape';
  table: OfficialTable;
  emptyText: string;
}

function attachments(input: BuildInput, outline: OutlineEntry[]): Attachment[] {
  const { settings, plan, targets } = input;
  const list: Attachment[] = [];
  if (settings.attachIndicators) {
    list.push({ name: INDICATORS_TITLE, orientation: 'portrait', table: indicatorTable(targets, outline, plan.numberingMode), emptyText: '（本工作要点尚未设置指标。）' });
  }
  if (settings.attachTasks) {
    list.push({ name: TASKS_TITLE, orientation: 'landscape', table: taskTable(outline, plan.numberingMode), emptyText: '（本工作要点尚无条目。）' });
  }
  return list;
}

function colophon(notice: Notice): Colophon | null {
  const cc = notice.cc.trim().replace(/[。.]$/, '');
  const printer = notice.printer.trim();
  const day = formatDay(notice.printDate);
  if (!cc && !printer && !day) return null;
  return { cc, printer, printDate: day ? `${day}印发` : '' };
}

export function buildOfficialDocument(input: BuildInput): OfficialDocument {
  const { plan, settings } = input;
  const outline = plan.document ? deriveOutline(plan.document, plan.numberingMode) : [];
  const sections: OfficialSection[] = [];
  if (settings.layout === 'notice') sections.push(noticeSection(plan, settings));

  const planBlocks: Block[] = [{ type: 'title', lines: titleLines(plan.title), source: { field: 'title' } }, { type: 'blank', lines: 1 }];
  planBlocks.push(...bodyBlocks(plan.document, plan.numberingMode, settings, input.targets));
  const attached = attachments(input, outline);
  if (attached.length) {
    // Like the signature, the 附件说明 never opens a page on its own.
    appendSignature(planBlocks, [
      { type: 'blank', lines: 1, keepWithNext: true },
      { type: 'attachmentNote', names: attached.map((a) => a.name) },
    ]);
  }
  if (settings.layout === 'plain') appendSignature(planBlocks, signatureBlocks(plan, settings));
  sections.push({ kind: 'plan', orientation: 'portrait', blocks: planBlocks });

  attached.forEach((a, i) => {
    const label = attached.length > 1 ? `附件${i + 1}` : '附件';
    const blocks: Block[] = [
      { type: 'attachmentLabel', text: label },
      { type: 'blank', lines: 1 },
      { type: 'title', lines: titleLines(a.name) },
      { type: 'blank', lines: 1 },
      { type: 'table', table: a.table, ...(a.table.rows.length ? {} : { emptyText: a.emptyText }) },
    ];
    sections.push({ kind: 'attachment', orientation: a.orientation, blocks });
  });

  return { title: plan.title, fonts: settings.fonts, sections, colophon: colophon(plan.notice) };
}
