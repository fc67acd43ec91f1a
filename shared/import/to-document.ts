// An import preview -> the serialized editor document the plan is saved with. uids come from the
// caller (newUid) so this stays pure; the outline rows are derived from the document on save.
import {
  ITEM_NODE_TYPE,
  SECTION_NODE_TYPE,
  type DocumentLike,
  type ResponsibleUnits,
  type SerializedNodeLike,
} from '../outline/document';
import { tableParagraphs } from './indicator-table';
import type { ImportPreview } from './types';

export interface ToDocumentOptions {
  newUid: () => string;
}

const elementBase = { version: 1, direction: null, format: '', indent: 0 };
const textNode = (text: string) => ({ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 });
const children = (text: string) => (text ? [textNode(text)] : []);

function paragraph(text: string): SerializedNodeLike {
  return { type: 'paragraph', ...elementBase, textFormat: 0, textStyle: '', children: children(text) };
}

function hasUnits(u: ResponsibleUnits): boolean {
  return u.lead.length + u.responsible.length > 0;
}

export function previewToDocument(preview: ImportPreview, opts: ToDocumentOptions): DocumentLike {
  const nodes: SerializedNodeLike[] = preview.preamble.map(paragraph);
  for (const b of preview.blocks) {
    if (b.table !== undefined) {
      // The editor has no 专栏 (indicator table) node yet; until that issue lands, a table is kept
      // as body paragraphs (title, header, one line a row) so nothing of it is lost.
      const table = preview.indicatorTables[b.table];
      if (table) nodes.push(...tableParagraphs(table).map(paragraph));
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
