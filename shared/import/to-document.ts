// An import preview -> the serialized editor document the plan is saved with. uids come from the
// caller (newUid) so this stays pure; the outline rows are derived from the document on save.
import {
  INDICATOR_TABLE_NODE_TYPE,
  ITEM_NODE_TYPE,
  SECTION_NODE_TYPE,
  type DocumentLike,
  type ResponsibleUnits,
  type SerializedNodeLike,
} from '../outline/document';
import type { ImportPreview, IndicatorTable } from './types';

export interface ToDocumentOptions {
  newUid: () => string;
  /**
   * The ids of the targets made of each indicator table (by index), when the caller has stored
   * them: the 专栏 then names its targets by id. Without them it names the table's groups.
   */
  tableTargetIds?: readonly (readonly number[])[];
}

const elementBase = { version: 1, direction: null, format: '', indent: 0 };
const textNode = (text: string) => ({ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 });
const children = (text: string) => (text ? [textNode(text)] : []);

function paragraph(text: string): SerializedNodeLike {
  return { type: 'paragraph', ...elementBase, textFormat: 0, textStyle: '', children: children(text) };
}

/** 专栏一 “十四五”教育事业发展主要目标 -> “十四五”教育事业发展主要目标: the number is derived, not kept. */
export function indicatorTableTitle(title: string): string {
  return title.replace(/^\s*专栏\s*[一二三四五六七八九十百零〇\d]+\s*[:：、.．]?\s*/, '').trim() || '主要目标';
}

function indicatorTableNode(table: IndicatorTable, ids: readonly number[] | undefined): SerializedNodeLike {
  const groups = ids ? [] : [...new Set(table.rows.map((r) => r.group).filter(Boolean))];
  return { type: INDICATOR_TABLE_NODE_TYPE, version: 1, title: indicatorTableTitle(table.title), targetIds: ids ? [...ids] : [], groups };
}

function hasUnits(u: ResponsibleUnits): boolean {
  return u.lead.length + u.responsible.length > 0;
}

export function previewToDocument(preview: ImportPreview, opts: ToDocumentOptions): DocumentLike {
  const nodes: SerializedNodeLike[] = preview.preamble.map(paragraph);
  for (const b of preview.blocks) {
    if (b.table !== undefined) {
      // The table becomes a 专栏 at its place; its rows are the plan's targets (stored by the caller).
      const table = preview.indicatorTables[b.table];
      if (table) nodes.push(indicatorTableNode(table, opts.tableTargetIds?.[b.table]));
      continue;
    }
    if (b.level === 0) nodes.push(paragraph(b.text));
    else if (b.level <= 2) {
      const units = hasUnits(b.units) ? { units: { lead: [...b.units.lead], responsible: [...b.units.responsible] } } : {};
      nodes.push({ type: SECTION_NODE_TYPE, ...elementBase, level: b.level, uid: opts.newUid(), ...units, children: children(b.text) });
    } else {
      nodes.push({
        type: ITEM_NODE_TYPE,
        ...elementBase,
        level: b.level,
        uid: opts.newUid(),
        units: { lead: [...b.units.lead], responsible: [...b.units.responsible] },
        deadline: '',
        children: children(b.text),
      });
    }
  }
  if (nodes.length === 0) nodes.push(paragraph(''));
  return { root: { type: 'root', ...elementBase, children: nodes } };
}
