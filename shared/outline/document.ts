// The serialized editor document, as far as non-editor code reads it (service, export, CLI).
// The editor's node classes write these shapes; fields are only ever added, never renamed.
import type { BlockLevel } from './numbering';

export const SECTION_NODE_TYPE = 'plan-section'; // levels 1-2: 一、 （一）
export const ITEM_NODE_TYPE = 'plan-item'; // levels 3-4: 1. （1）
/** The 专栏 block: the plan's indicator table, drawn live from its targets. Not an outline block. */
export const INDICATOR_TABLE_NODE_TYPE = 'indicator-table';

export interface ResponsibleUnits {
  /** 牵头单位 */
  lead: string[];
  /** 责任单位 */
  responsible: string[];
}

/** Names trimmed, blanks and repeats dropped, order kept. */
function cleanNames(names: unknown): string[] {
  if (!Array.isArray(names)) return [];
  return [...new Set(names.filter((n): n is string => typeof n === 'string').map((n) => n.trim()).filter(Boolean))];
}

/** A block's units as stored, read defensively: anything unreadable counts as no units. */
export function cleanUnits(value: unknown): ResponsibleUnits {
  const v = (typeof value === 'object' && value !== null ? value : {}) as { lead?: unknown; responsible?: unknown };
  return { lead: cleanNames(v.lead), responsible: cleanNames(v.responsible) };
}

export interface SerializedNodeLike {
  type: string;
  children?: SerializedNodeLike[];
  text?: string;
  [key: string]: unknown;
}

export interface SerializedSectionLike extends SerializedNodeLike {
  type: typeof SECTION_NODE_TYPE;
  level: 1 | 2;
  uid: string;
}

export interface SerializedItemLike extends SerializedNodeLike {
  type: typeof ITEM_NODE_TYPE;
  level: 3 | 4;
  uid: string;
  units?: ResponsibleUnits;
  deadline?: string;
}

/**
 * A 专栏 as stored. Its number (专栏一 …) comes from its position among the document's 专栏, never
 * from here. Which targets it shows: `targetIds` in that order when given (ids survive renames and
 * regrouping), else the targets of `groups`, else every target of the plan.
 */
export interface SerializedIndicatorTableLike extends SerializedNodeLike {
  type: typeof INDICATOR_TABLE_NODE_TYPE;
  /** The words after 专栏N, e.g. “十四五”教育事业发展主要目标. */
  title: string;
  targetIds: number[];
  groups: string[];
}

export interface IndicatorTableSpec {
  title: string;
  targetIds: number[];
  groups: string[];
}

export function isIndicatorTableBlock(node: SerializedNodeLike): node is SerializedIndicatorTableLike {
  return node.type === INDICATOR_TABLE_NODE_TYPE;
}

/** A 专栏's fields read defensively: anything unreadable counts as empty (all targets, no title). */
export function readIndicatorTable(node: SerializedNodeLike): IndicatorTableSpec {
  const ids = Array.isArray(node.targetIds) ? node.targetIds : [];
  return {
    title: typeof node.title === 'string' ? node.title.trim() : '',
    targetIds: [...new Set(ids.filter((id): id is number => Number.isInteger(id) && (id as number) > 0))],
    groups: cleanNames(node.groups),
  };
}

export interface DocumentLike {
  root: SerializedNodeLike;
}

export function isOutlineBlock(node: SerializedNodeLike): node is SerializedSectionLike | SerializedItemLike {
  return (node.type === SECTION_NODE_TYPE || node.type === ITEM_NODE_TYPE) && typeof node.uid === 'string';
}

/** Level of a top-level block: 1-4 for outline blocks, 0 for anything else (body paragraphs). */
export function blockLevel(node: SerializedNodeLike): BlockLevel {
  if (!isOutlineBlock(node)) return 0;
  const level = Number(node.level);
  return level >= 1 && level <= 4 ? (level as BlockLevel) : 0;
}

/** The plain text of a node: its text nodes joined, line breaks as \n. */
export function nodeText(node: SerializedNodeLike): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  return (node.children ?? []).map(nodeText).join('');
}

/** An empty document: one body paragraph. */
export function emptyDocument(): DocumentLike {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [], textFormat: 0, textStyle: '' }],
    },
  };
}
