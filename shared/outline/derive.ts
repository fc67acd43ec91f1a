// The outline of a plan (sections, subsections, items, subitems), derived from its document.
// The service stores it on every save; the outline pane, export and CLI read it.
import type { NumberingMode } from '../domain/plan';
import { blockLevel, cleanUnits, isOutlineBlock, nodeText, type DocumentLike, type ResponsibleUnits } from './document';
import { leadSentence } from './lead';
import { numberBlocks, type BlockLevel } from './numbering';

export interface OutlineEntry {
  uid: string;
  level: 1 | 2 | 3 | 4;
  /** uid of the nearest block above with a smaller level, or null. */
  parentUid: string | null;
  /** Position among all outline entries of the plan, from 0. */
  position: number;
  /** The printed marker: 一、 （一） 1. （1） */
  label: string;
  lead: string;
  text: string;
  units: ResponsibleUnits;
  deadline: string;
}

export function deriveOutline(doc: DocumentLike, mode: NumberingMode): OutlineEntry[] {
  const blocks = doc.root.children ?? [];
  const levels: BlockLevel[] = blocks.map(blockLevel);
  const numbers = numberBlocks(levels, mode);
  const entries: OutlineEntry[] = [];
  const open: (OutlineEntry | undefined)[] = []; // nearest entry at each level
  blocks.forEach((node, i) => {
    const level = levels[i]!;
    if (level === 0 || !isOutlineBlock(node)) return;
    let parent: OutlineEntry | undefined;
    for (let l = level - 1; l >= 1 && !parent; l--) parent = open[l];
    const text = nodeText(node).trim();
    const entry: OutlineEntry = {
      uid: node.uid,
      level,
      parentUid: parent?.uid ?? null,
      position: entries.length,
      label: numbers[i]!.marker,
      lead: leadSentence(text),
      text,
      units: cleanUnits(node.units),
      deadline: typeof node.deadline === 'string' ? node.deadline : '',
    };
    entries.push(entry);
    open[level] = entry;
    for (let l = level + 1; l <= 4; l++) open[l] = undefined;
  });
  return entries;
}
