// Builds serialized editor documents for tests, in the shapes the editor writes.
import { randomUUID } from 'node:crypto';
import { ITEM_NODE_TYPE, SECTION_NODE_TYPE, type DocumentLike, type SerializedNodeLike } from '../../../shared/outline/document';

export interface BlockSpec {
  level: 0 | 1 | 2 | 3 | 4;
  text: string;
  uid?: string;
  units?: { lead: string[]; responsible: string[] };
  deadline?: string;
}

const textNode = (text: string) => ({ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 });
const elementBase = { version: 1, direction: null, format: '', indent: 0 };

export function block(spec: BlockSpec): SerializedNodeLike {
  const children = spec.text ? [textNode(spec.text)] : [];
  if (spec.level === 0) return { type: 'paragraph', ...elementBase, textFormat: 0, textStyle: '', children };
  if (spec.level <= 2) return { type: SECTION_NODE_TYPE, ...elementBase, level: spec.level, uid: spec.uid ?? randomUUID(), children };
  return {
    type: ITEM_NODE_TYPE,
    ...elementBase,
    level: spec.level,
    uid: spec.uid ?? randomUUID(),
    units: spec.units ?? { lead: [], responsible: [] },
    deadline: spec.deadline ?? '',
    children,
  };
}

export function doc(blocks: BlockSpec[]): DocumentLike {
  return { root: { type: 'root', ...elementBase, children: blocks.map(block) } };
}
