// The preview's structure as the user reads it: a tree of sections, subsections, items and subitems,
// each labelled by the shared label function (the numbers the plan will have), with the body
// paragraphs and tables where they stand, and the counts shown above it.
import type { ResponsibleUnits } from '../outline/document';
import { leadSentence } from '../outline/lead';
import { numberBlocks, type BlockLevel } from '../outline/numbering';
import type { ImportPreview } from './types';

export interface PreviewNode {
  kind: 'section' | 'subsection' | 'item' | 'subitem' | 'paragraph' | 'table';
  level: BlockLevel;
  /** The printed marker after import: 一、 （一） 1. （1）; '' for paragraphs and tables. */
  label: string;
  /** The marker as the source wrote it ('' when none). */
  sourceMarker: string;
  /** The source numbered it otherwise (a skip or repeat before it), so the label differs in number. */
  renumbered: boolean;
  text: string;
  lead: string;
  units: ResponsibleUnits;
  /** Where the block starts in the source (line, or paragraph of a .docx). */
  line: number;
  /** Index into the preview's indicatorTables, for a table. */
  table?: number;
  /** The block holds a line the user restored. */
  restored: boolean;
  children: PreviewNode[];
}

export interface PreviewCounts {
  sections: number;
  subsections: number;
  items: number;
  subitems: number;
  paragraphs: number;
  tables: number;
  indicators: number;
}

const KINDS = ['paragraph', 'section', 'subsection', 'item', 'subitem'] as const;

/** The tree of a preview; `restored` are the line numbers the user put back. */
export function previewTree(p: ImportPreview, restored: readonly number[] = []): PreviewNode[] {
  const flat: PreviewNode[] = p.preamble.map((text, i) => leaf(text, p.preambleLines[i] ?? 0));
  const numbers = numberBlocks(
    p.blocks.map((b) => b.level),
    p.numberingMode,
  );
  p.blocks.forEach((b, i) => {
    if (b.table !== undefined) {
      flat.push({ ...leaf(p.indicatorTables[b.table]?.title ?? b.text, b.line), kind: 'table', table: b.table });
      return;
    }
    flat.push({
      kind: KINDS[b.level],
      level: b.level,
      label: numbers[i]!.marker,
      sourceMarker: b.marker,
      renumbered: b.ordinal > 0 && b.ordinal !== numbers[i]!.ordinal,
      text: b.text,
      lead: b.level === 0 ? '' : leadSentence(b.text),
      units: { lead: [...b.units.lead], responsible: [...b.units.responsible] },
      line: b.line,
      restored: false,
      children: [],
    });
  });
  markRestored(flat, restored);
  return nest(flat);
}

function leaf(text: string, line: number): PreviewNode {
  return { kind: 'paragraph', level: 0, label: '', sourceMarker: '', renumbered: false, text, lead: '', units: { lead: [], responsible: [] }, line, restored: false, children: [] };
}

/** A restored line lies in the block that starts at or before it (blocks are in source order). */
function markRestored(flat: PreviewNode[], restored: readonly number[]): void {
  for (const line of restored) {
    let at = -1;
    for (let i = 0; i < flat.length && flat[i]!.line <= line; i++) at = i;
    if (at >= 0) flat[at]!.restored = true;
  }
}

/** Headings and items under the nearest shallower one; paragraphs and tables under the latest. */
function nest(flat: PreviewNode[]): PreviewNode[] {
  const roots: PreviewNode[] = [];
  const open: PreviewNode[] = []; // the chain of outline nodes from the root down
  for (const node of flat) {
    if (node.level === 0) {
      (open.at(-1)?.children ?? roots).push(node);
      continue;
    }
    while (open.length && open.at(-1)!.level >= node.level) open.pop();
    (open.at(-1)?.children ?? roots).push(node);
    open.push(node);
  }
  return roots;
}

export function previewCounts(p: ImportPreview): PreviewCounts {
  const count = (level: BlockLevel) => p.blocks.filter((b) => b.level === level && b.table === undefined).length;
  return {
    sections: count(1),
    subsections: count(2),
    items: count(3),
    subitems: count(4),
    paragraphs: p.preamble.length + count(0),
    tables: p.indicatorTables.length,
    indicators: p.indicatorTables.reduce((n, t) => n + t.rows.length, 0),
  };
}
