// The official-document model: the blocks of a 公文 with their roles, in reading order. Built once
// (build.ts) from plan + document + targets + settings; the docx writer and the HTML writer render
// it. Geometry lives in layout.ts; the model says what goes where, not how many twips.
import type { FontRole, FontSet } from './fonts';

/** A piece of text in one font. Bold is for the house option of bold lead sentences only. */
export interface Run {
  text: string;
  font: FontRole;
  bold?: boolean;
  /** The run is an item's lead sentence (引导句). */
  lead?: boolean;
  /** The run is a number written from the shared label function (一、 1.). */
  label?: boolean;
}

export type BodyRole = 'body' | 'level1' | 'level2' | 'level3' | 'level4';

/** Where a block came from, so a check or a preview click can jump to it. */
export interface SourceRef {
  /** uid of the outline block (section or item). */
  uid?: string;
  /** Index of the block among the document's top-level blocks. */
  block?: number;
  /** A plan field, e.g. notice.docNumber. */
  field?: string;
}

/** 发文机关标志: one organ a line (two for joint issue), the suffix (文件) beside them. */
export interface MarkBlock {
  type: 'mark';
  lines: string[];
  suffix: string;
  sizePt: number;
}

export interface DocNumberBlock {
  type: 'docNumber';
  text: string;
  /** Draw the red separator under it. */
  redRule: boolean;
  /** Reserve the mark's space without printing it (pre-printed red-header paper). */
  markSpace: boolean;
}

/** A 2号 title, already broken into lines by words. */
export interface TitleBlock {
  type: 'title';
  lines: string[];
  source?: SourceRef;
}

export interface RecipientsBlock {
  type: 'recipients';
  /** Ends with the full-width colon. */
  text: string;
  source?: SourceRef;
}

export interface ParagraphBlock {
  type: 'paragraph';
  role: BodyRole;
  runs: Run[];
  source?: SourceRef;
  /** Keep on the page of the next block (the last body paragraph before the signature). */
  keepWithNext?: boolean;
}

/** Empty lines on the grid. */
export interface BlankBlock {
  type: 'blank';
  lines: number;
  keepWithNext?: boolean;
}

/** 附件：1.XXX / 2.YYY (no punctuation after names). */
export interface AttachmentNoteBlock {
  type: 'attachmentNote';
  names: string[];
  /** Keep on the page of the signature that follows it. */
  keepWithNext?: boolean;
}

/** A line placed at a left offset counted in body character cells. */
export interface PlacedLine {
  text: string;
  indentCells: number;
}

/** 署名 and 成文日期, positions computed from the rule (with or without a seal). */
export interface SignatureBlock {
  type: 'signature';
  signers: PlacedLine[];
  date: PlacedLine;
  source?: SourceRef;
}

/** 附注, e.g. （此件公开发布）, 2 characters in. */
export interface NoteBlock {
  type: 'note';
  text: string;
}

/** 附件N in 3号 黑体 flush left on line 1 of an attachment page. */
export interface AttachmentLabelBlock {
  type: 'attachmentLabel';
  text: string;
}

export interface TableCell {
  text: string;
  /** Cells merged to the right (a group row spans the whole table). */
  span?: number;
  /** Rows merged downwards (one item beside its several targets); the rows below leave this column out. */
  rowSpan?: number;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  source?: SourceRef;
}

export interface TableColumn {
  header: string;
  /** Share of the table width, in per mille; the columns add up to 1000. */
  widthPermille: number;
  align: 'left' | 'center' | 'right';
}

export interface OfficialTable {
  columns: TableColumn[];
  rows: TableCell[][];
  sizePt: number;
  /** Header font role (黑体) and body font role (仿宋). */
  headerFont: FontRole;
  bodyFont: FontRole;
}

export interface TableBlock {
  type: 'table';
  table: OfficialTable;
  /** A title printed centred above the table and kept with it (专栏一 …主要目标). */
  caption?: string;
  source?: SourceRef;
  /** Said when there is nothing to list (a plan without targets). */
  emptyText?: string;
}

export type Block =
  | MarkBlock
  | DocNumberBlock
  | TitleBlock
  | RecipientsBlock
  | ParagraphBlock
  | BlankBlock
  | AttachmentNoteBlock
  | SignatureBlock
  | NoteBlock
  | AttachmentLabelBlock
  | TableBlock;

export type Orientation = 'portrait' | 'landscape';

/** Pages that share an orientation and start on a new page: the notice, the plan, each attachment (or a report). */
export interface OfficialSection {
  /** report: a 落实情况报告, which is its own document. */
  kind: 'notice' | 'plan' | 'attachment' | 'report';
  orientation: Orientation;
  blocks: Block[];
}

/** 版记: on the last page, at the foot of the type area, with its rules; no page number there. */
export interface Colophon {
  /** 抄送 names, '' for none. */
  cc: string;
  printer: string;
  /** 2024年3月26日印发 */
  printDate: string;
}

export interface OfficialDocument {
  /** The document's title for file properties: the notice title or the plan title. */
  title: string;
  fonts: FontSet;
  sections: OfficialSection[];
  colophon: Colophon | null;
}
