// The import pipeline over source lines: inserted pinyin out, Traditional -> Simplified on request,
// debris dropped (and listed), the issuing notice read, the title and year found, tables taken out,
// wrapped lines joined, levels and responsible units recognised, the numbering checked.
import { defaultNumberingMode } from '../domain/plan';
import { findDebris, findDuplicates } from './debris';
import { rowsToIndicatorTable } from './indicator-table';
import { clean, splitLines } from './lines';
import { findNotice } from './notice';
import { detectNumberingMode, numberingWarnings } from './numbering-check';
import { toParagraphs, type Paragraph } from './paragraphs';
import { removeInsertedPinyin } from './pinyin';
import { findTextTables } from './pipe-table';
import { findTitle, kindOf, YEAR_PLACEHOLDER, yearOf } from './title';
import { looksTraditional, toSimplified } from './traditional';
import type { AnalyseOptions, ImportBlock, ImportPreview, IndicatorTable, SourceLine } from './types';
import { mergeUnits, noUnits, takeTrailingUnits, unitsLine } from './units';

/** The warning for a source in Traditional characters (the preview's `traditional` says the same). */
export const TRADITIONAL_WARNING = '原文是繁体字，可以选择“转换为简体”后再导入。';

export function analyseText(text: string, opts: AnalyseOptions = {}): ImportPreview {
  return analyseLines(splitLines(text), opts);
}

function mapText(lines: readonly SourceLine[], f: (s: string) => string): SourceLine[] {
  return lines.map((l) => ({ ...l, text: f(l.text), ...(l.table ? { table: { id: l.table.id, cells: l.table.cells.map(f) } } : {}) }));
}

export function analyseLines(source: readonly SourceLine[], opts: AnalyseOptions = {}): ImportPreview {
  const warnings: string[] = [];
  const keep = new Set(opts.keep ?? []);

  let pinyin = 0;
  let lines = mapText(source, (s) => {
    const r = removeInsertedPinyin(s);
    pinyin += r.removed;
    return r.text;
  });
  if (pinyin) warnings.push(`删去了插在汉字后面的拼音 ${pinyin} 处（如“規(guī)劃”读作“規劃”）。`);
  const traditional = looksTraditional(lines.map((l) => l.text).join('\n'));
  if (opts.simplified) lines = mapText(lines, toSimplified);
  else if (traditional) warnings.push(TRADITIONAL_WARNING);

  const dropped = findDebris(lines, keep);
  const used = new Set(dropped.map((d) => d.line));
  // Restored lines go back into the text as content: never read into a notice field or the title.
  const live = lines.filter((l) => !used.has(l.no) && !keep.has(l.no) && !l.table && clean(l.text)).map((l) => ({ no: l.no, text: clean(l.text) }));
  const notice = findNotice(live);
  for (const d of notice.dropped) {
    if (keep.has(d.line)) continue;
    dropped.push(d);
    used.add(d.line);
  }
  for (const no of notice.consumed) used.add(no);
  warnings.push(...notice.warnings);
  for (const d of findDuplicates(lines, used, keep)) {
    dropped.push(d);
    used.add(d.line);
  }

  const title = findTitle(live, used, notice.quotedTitle);
  for (const no of title.lines) used.add(no);

  // Lines read into the notice or the title leave a paragraph break behind (the text on either side
  // was never one paragraph); dropped debris leaves nothing, so a paragraph it cut in two is joined.
  const fields = new Set([...notice.consumed, ...title.lines]);
  const { blocks, tables } = readBody(
    lines.filter((l) => !used.has(l.no) || fields.has(l.no)).map((l) => (fields.has(l.no) ? { no: l.no, text: '' } : l)),
    warnings,
  );
  const firstHeading = blocks.findIndex((b) => b.level !== 0 || b.table !== undefined);
  const head = firstHeading === -1 ? blocks.length : firstHeading;
  const preamble = blocks.slice(0, head).map((b) => b.text);
  const preambleLines = blocks.slice(0, head).map((b) => b.line);
  const body = blocks.slice(head);

  const kind = kindOf(title.title || notice.quotedTitle);
  const numberingMode = detectNumberingMode(body, defaultNumberingMode(kind));
  const numbering = numberingWarnings(body, numberingMode);
  warnings.push(...numbering);

  let year = yearOf(title.title) ?? yearOf(notice.quotedTitle);
  if (year === null) {
    const placeholder = [title.title, notice.quotedTitle, ...preamble.slice(0, 2)].map((t) => YEAR_PLACEHOLDER.exec(t)?.[0]).find(Boolean);
    // The year is then taken from the 成文日期 or today (resolveYear): the writer checks it, not types it.
    warnings.push(placeholder ? `年度写的是占位符“${placeholder}”，年度是暂定的，请核对。` : '没有从标题中读出年度，年度是暂定的，请核对。');
  }
  if (!title.title) warnings.push('没有找到工作要点的标题，请在导入时填写标题。');
  if (!body.some((b) => b.level !== 0)) warnings.push('没有识别出“一、”“（一）”“1.”等标题或条目，全文按正文段落导入。');

  return {
    title: title.title,
    year,
    kind,
    organ: notice.organ || title.organ,
    numberingMode,
    notice: notice.notice,
    preamble,
    preambleLines,
    blocks: body,
    indicatorTables: tables,
    dropped: dropped.sort((a, b) => a.line - b.line),
    warnings,
    numberingWarnings: numbering,
    traditional,
  };
}

/** Paragraphs and tables of the body, in order. */
function readBody(lines: readonly SourceLine[], warnings: string[]): { blocks: ImportBlock[]; tables: IndicatorTable[] } {
  const tables: IndicatorTable[] = [];
  const blocks: ImportBlock[] = [];
  const tableAt = new Map<number, { table: IndicatorTable | null; rows: string[][] }>();
  const inTable = new Set<number>();
  for (const t of findTextTables(lines.filter((l) => !l.table))) {
    tableAt.set(t.lines[0]!, { table: rowsToIndicatorTable(t.title, t.rows, t.line), rows: t.rows });
    for (const no of t.lines) inTable.add(no);
  }
  const byId = new Map<number, SourceLine[]>();
  for (const l of lines) if (l.table) byId.set(l.table.id, [...(byId.get(l.table.id) ?? []), l]);
  for (const rows of byId.values()) {
    const first = rows[0]!.no;
    const cells = rows.map((r) => r.table!.cells);
    // A title row spanning the table (one filled cell) names it, as 专栏一 … does above web tables.
    const titleRow = cells[0]!.filter(Boolean).length === 1 && cells.length > 1 ? cells[0]!.find(Boolean)! : '';
    tableAt.set(first, { table: rowsToIndicatorTable(titleRow, titleRow ? cells.slice(1) : cells, first), rows: cells });
    for (const r of rows) inTable.add(r.no);
  }

  let pending: SourceLine[] = [];
  const flush = () => {
    linesToBlocks(pending, warnings, blocks);
    pending = [];
  };
  for (const l of lines) {
    const t = tableAt.get(l.no);
    if (t) {
      flush();
      if (t.table) {
        // A 专栏 title just above a .docx table names it.
        const prev = blocks.at(-1);
        if (!t.table.title && prev && prev.level === 0 && /^专栏/.test(prev.text)) t.table.title = blocks.pop()!.text;
        blocks.push({ level: 0, text: t.table.title, units: noUnits(), line: l.no, marker: '', ordinal: 0, table: tables.length });
        tables.push(t.table);
      } else {
        for (const row of t.rows) blocks.push({ level: 0, text: row.filter(Boolean).join('　'), units: noUnits(), line: l.no, marker: '', ordinal: 0 });
      }
      continue;
    }
    if (!inTable.has(l.no)) pending.push(l);
  }
  flush();
  return { blocks, tables };
}

/**
 * Body lines -> blocks with their levels and responsible units, wrapped lines joined, appended to
 * `into` (a units line attaches to the block before it there). Import and paste both use it.
 */
export function linesToBlocks(lines: readonly SourceLine[], warnings: string[] = [], into: ImportBlock[] = []): ImportBlock[] {
  for (const p of toParagraphs(lines)) addParagraph(into, p, warnings);
  return into;
}

function addParagraph(blocks: ImportBlock[], p: Paragraph, warnings: string[]): void {
  const own = p.level === 0 ? unitsLine(p.text) : null;
  if (own) {
    const owner = [...blocks].reverse().find((b) => b.level !== 0);
    if (owner) {
      mergeUnits(owner.units, own);
      return;
    }
    warnings.push(`第${p.line}行的责任单位前面没有条目，按正文保留。`);
  }
  const trailing = takeTrailingUnits(p.text);
  if (trailing && p.level === 0) {
    // A paragraph of an item's text ending in （责任单位：…） names the item's units.
    const owner = [...blocks].reverse().find((b) => b.level !== 0);
    if (owner) mergeUnits(owner.units, trailing.units);
    blocks.push({ level: 0, text: owner ? trailing.text : p.text, units: noUnits(), line: p.line, marker: '', ordinal: 0 });
    return;
  }
  blocks.push({
    level: p.level,
    text: trailing ? trailing.text : p.text,
    units: trailing ? trailing.units : noUnits(),
    line: p.line,
    marker: p.marker,
    ordinal: p.ordinal,
  });
}
