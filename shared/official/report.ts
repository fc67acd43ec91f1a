// The 落实情况报告 as an official document: the report's data (shared/tracking/report.ts) in the
// official-document model, for the same docx and HTML writers as the plan. Title, an opening
// paragraph with the date and the counts, a heading 一、… and a table per section, the signature.
import { formatDay } from '../format/date';
import { parsePeriod, periodLabel, periodShortLabel } from '../tracking/period';
import { countsPhrase, type ProgressReport, type ReportRow, type ReportSection } from '../tracking/report';
import type { FontSet } from './fonts';
import { LANDSCAPE, SIZE_PT, TYPE_AREA, charsPerLine } from './layout';
import type { Block, OfficialDocument, OfficialTable, Orientation, TableCell } from './model';
import { placeSignature } from './signature';
import { fitColumns, type ColumnSpec } from './table-layout';
import { breakTitle } from './title-lines';

export interface ReportDocumentInput {
  report: ProgressReport;
  fonts: FontSet;
  /** The day the report is made (YYYY-MM-DD), dated under the signature; '' for no date. */
  date: string;
}

/** The report's columns; 条目 and 备注 wrap first, the short ones keep their text on one line. */
const COLUMNS: ColumnSpec[] = [
  { header: '序号', align: 'center', maxCells: 2 },
  { header: '条目', align: 'left', maxCells: 18, minCells: 8 },
  { header: '指标', align: 'left', maxCells: 12, minCells: 6 },
  { header: '目标', align: 'center', maxCells: 7, minCells: 4 },
  // The period under the value: （第三季度） on one line.
  { header: '最新值', align: 'center', maxCells: 9, minCells: 6 },
  { header: '状态', align: 'center', maxCells: 4, minCells: 4 },
  { header: '备注', align: 'left', maxCells: 14, minCells: 4 },
];

/** 30所 over （第三季度）, the year said only when it is not the plan's; 未填报 when nothing counts yet. */
function latestText(r: ReportRow, planYear: number): string {
  if (!r.latest) return '未填报';
  const p = parsePeriod(r.period);
  if (!p) return r.latest;
  return `${r.latest}\n（${p.year === planYear ? periodShortLabel(p) : periodLabel(p)}）`;
}

/** One row per target; the item beside its targets once, merged down over them. */
function sectionRows(section: ReportSection, planYear: number): TableCell[][] {
  const rows: TableCell[][] = [];
  section.rows.forEach((r, i) => {
    const first = i === 0 || section.rows[i - 1]!.itemUid !== r.itemUid || !r.itemUid;
    let span = 1;
    while (first && r.itemUid && section.rows[i + span]?.itemUid === r.itemUid) span++;
    const item: TableCell[] = first ? [{ text: r.itemUid ? `${r.itemLabel}${r.itemLead}` : '—', ...(span > 1 ? { rowSpan: span } : {}), ...(r.itemUid ? { source: { uid: r.itemUid } } : {}) }] : [];
    rows.push([
      { text: String(i + 1), align: 'center' },
      ...item,
      { text: r.indicator },
      { text: r.target, align: 'center' },
      { text: latestText(r, planYear), align: 'center' },
      { text: r.status, align: 'center', ...(r.status === '逾期' || r.status === '滞后' ? { bold: true } : {}) },
      { text: r.note || '' },
    ]);
  });
  return rows;
}

/** 小四: seven columns on one page width, as the plan's 主要指标一览表 is set. */
const TABLE_SIZE_PT = SIZE_PT.xiaosi;

function sectionTable(section: ReportSection, planYear: number): { table: OfficialTable; orientation: Orientation } {
  const rows = sectionRows(section, planYear);
  const fitted = fitColumns(COLUMNS, rows, TABLE_SIZE_PT);
  return { table: { columns: fitted.columns, rows, sizePt: TABLE_SIZE_PT, headerFont: 'hei', bodyFont: 'fang' }, orientation: fitted.orientation };
}

/** 本部分共2项指标，已完成1项（50%），滞后1项。 */
function sectionSentence(section: ReportSection): string {
  const n = section.rows.length;
  return `${section.label ? '本部分' : '以下'}共${n}项指标，${countsPhrase(section.counts)}。`;
}

export function buildReportDocument({ report, fonts, date }: ReportDocumentInput): OfficialDocument {
  const tables = report.sections.map((section) => sectionTable(section, report.planYear));
  // One orientation for the report: landscape as soon as one table needs it.
  const orientation: Orientation = tables.some((t) => t.orientation === 'landscape') ? 'landscape' : 'portrait';
  const widthMm = orientation === 'landscape' ? LANDSCAPE.widthMm - LANDSCAPE.marginLeftMm - LANDSCAPE.marginRightMm : TYPE_AREA.widthMm;
  const blocks: Block[] = [
    { type: 'title', lines: breakTitle(report.title, charsPerLine(SIZE_PT.er, widthMm)).lines },
    { type: 'blank', lines: 1 },
  ];
  const intro =
    report.total === 0
      ? `${report.asOfLabel}，《${report.planTitle}》还没有设置指标。`
      : `${report.asOfLabel}，《${report.planTitle}》${report.summary}各部分落实情况如下。`;
  blocks.push({ type: 'paragraph', role: 'body', runs: [{ text: intro, font: 'fang' }] });

  report.sections.forEach((section, i) => {
    const heading = section.label
      ? [
          { text: section.label, font: 'hei' as const, label: true },
          { text: section.title, font: 'hei' as const, lead: true },
        ]
      : [{ text: section.title, font: 'hei' as const }];
    blocks.push({ type: 'paragraph', role: 'level1', runs: heading, keepWithNext: true });
    blocks.push({ type: 'paragraph', role: 'body', runs: [{ text: sectionSentence(section), font: 'fang' }], keepWithNext: true });
    blocks.push({ type: 'table', table: tables[i]!.table });
  });

  const organ = report.organ.trim();
  const day = formatDay(date);
  if (organ || day) {
    const placed = placeSignature(organ ? [organ] : [], day, false, charsPerLine(SIZE_PT.san, widthMm));
    blocks.push({ type: 'blank', lines: 1, keepWithNext: true });
    blocks.push({ type: 'signature', signers: placed.signers, date: placed.date });
  }
  return { title: report.title, fonts, sections: [{ kind: 'report', orientation, blocks }], colophon: null };
}
