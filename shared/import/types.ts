// What an import makes of a source text before anything is saved: the preview the user checks.
import type { NumberingMode, PlanKind } from '../domain/plan';
import type { ResponsibleUnits } from '../outline/document';
import type { BlockLevel } from '../outline/numbering';

/** One line of the source: a text line, a .docx paragraph, or a .docx table row (with its cells). */
export interface SourceLine {
  /** 1-based line number (paragraph number for .docx), as the preview reports it. */
  no: number;
  text: string;
  /** A table row from a .docx: its cells, and which table it belongs to. */
  table?: { id: number; cells: string[] };
  /** A level the source states without a marker (a .docx heading style's outline level). */
  hintLevel?: 1 | 2 | 3 | 4;
}

export interface AnalyseOptions {
  /** Line numbers of dropped lines the user restored: they are read as content. */
  keep?: readonly number[];
  /** Convert Traditional characters to Simplified. */
  simplified?: boolean;
}

export interface NoticePreview {
  /** 发文字号, normalised: 泰教发〔2024〕1号 */
  docNumber: string;
  /** 关于印发…的通知, joined when broken over lines */
  title: string;
  /** 主送机关, without the final colon */
  recipients: string;
  /** 署名: one or two issuing organs */
  signers: string[];
  /** 成文日期 as YYYY-MM-DD, '' if none */
  date: string;
  /** 附注, e.g. （此件公开发布） */
  note: string;
  cc: string;
  printer: string;
  printDate: string;
  /** The notice's own paragraphs (现将《…》印发给你们…). */
  body: string[];
}

export interface ImportBlock {
  level: BlockLevel;
  text: string;
  units: ResponsibleUnits;
  /** Where the block starts in the source. */
  line: number;
  /** The marker as written in the source ('' for a body paragraph). */
  marker: string;
  /** The number the marker carries (一 -> 1), 0 for a body paragraph. */
  ordinal: number;
  /** Index into indicatorTables when this block stands for a table (level 0). */
  table?: number;
}

export interface IndicatorRow {
  /** Group row above it, e.g. 基础教育; '' if none. */
  group: string;
  name: string;
  /** Unit of measure from the name or a unit column, e.g. % */
  unit: string;
  baselineYear: number | null;
  baseline: number | null;
  /** The cell as written (a placeholder such as xx% stays text). */
  baselineText: string;
  targetYear: number | null;
  target: number | null;
  targetText: string;
  /** 预期性 / 约束性, '' if not given */
  attribute: '预期性' | '约束性' | '';
}

export interface IndicatorTable {
  title: string;
  /** The header cells as written. */
  header: string[];
  rows: IndicatorRow[];
  line: number;
}

export interface DroppedLine {
  line: number;
  text: string;
  /** Why it was dropped, in Chinese. */
  reason: string;
}

export interface ImportPreview {
  title: string;
  year: number | null;
  kind: PlanKind;
  /** The issuing organ(s) named above the notice or plan title, '' if none. */
  organ: string;
  numberingMode: NumberingMode;
  /** null when the source has no issuing notice. */
  notice: NoticePreview | null;
  /** Body paragraphs before the first heading. */
  preamble: string[];
  /** Where each preamble paragraph starts in the source. */
  preambleLines: number[];
  blocks: ImportBlock[];
  indicatorTables: IndicatorTable[];
  dropped: DroppedLine[];
  /** Everything the user should check, numbering findings included. */
  warnings: string[];
  /** The numbering findings alone (2. then 4.; a repeat): also in warnings. */
  numberingWarnings: string[];
  /** The source is written in Traditional characters (whether or not it was converted). */
  traditional: boolean;
}
