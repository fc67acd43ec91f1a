// The outline as a tree over the flat block list: which blocks sit under a heading, how many
// items a section holds, where a block dragged in the outline pane lands, and where Alt+Up/Down
// moves a block. Blocks are in document order; a block's subtree is the run of deeper blocks right
// after it (and, in the editor's full block list, the body paragraphs that follow it).
import type { BlockLevel } from './numbering';

export interface OutlineBlockRef {
  uid: string;
  level: 1 | 2 | 3 | 4;
}

/** Index one past the last block under blocks[index]. */
export function subtreeEnd(blocks: readonly OutlineBlockRef[], index: number): number {
  return runEnd(blocks.length, (i) => blocks[i]!.level, index);
}

/**
 * Index one past the last block that belongs to levels[index] in the editor's full block list
 * (0 = a body paragraph or any other block without a number): deeper blocks and the body paragraphs
 * after a heading or item move with it; a body paragraph on its own holds only itself.
 */
export function blockRunEnd(levels: readonly BlockLevel[], index: number): number {
  return runEnd(levels.length, (i) => levels[i]!, index);
}

function runEnd(length: number, levelAt: (i: number) => number, index: number): number {
  if (index < 0 || index >= length) return index;
  const level = levelAt(index);
  if (level === 0) return index + 1;
  let end = index + 1;
  while (end < length && (levelAt(end) === 0 || levelAt(end) > level)) end++;
  return end;
}

/**
 * Alt+Up on the blocks [start, end): the index they are moved before, or undefined when they
 * cannot go further up. A block passes over a sibling with everything under it; over its own
 * heading it becomes the last child of the part before.
 */
export function moveUpTarget(levels: readonly BlockLevel[], start: number): number | undefined {
  const level = levels[start];
  if (level === undefined || start === 0) return undefined;
  if (level === 0) return start - 1;
  for (let j = start - 1; j >= 0; j--) {
    const l = levels[j]!;
    if (l !== 0 && l <= level) return j;
  }
  return undefined; // only body paragraphs (the preamble) or deeper blocks above
}

/**
 * Alt+Down on the blocks [start, end): the index they are moved before (levels.length = the end),
 * or undefined at the end. A block passes over a sibling with everything under it; over the next
 * heading of a higher rank it becomes that heading's first child.
 */
export function moveDownTarget(levels: readonly BlockLevel[], start: number, end: number): number | undefined {
  const level = levels[start];
  if (level === undefined || end >= levels.length) return undefined;
  if (level === 0) return end + 1;
  const next = levels[end]!;
  if (next === level) return blockRunEnd(levels, end);
  // A heading of higher rank: land right under it, after its own body paragraphs.
  let after = end + 1;
  while (after < levels.length && levels[after] === 0) after++;
  return after;
}

/** Items (level 3, 1.) under each heading (levels 1-2), by uid. Headings without items are absent. */
export function itemCounts(blocks: readonly OutlineBlockRef[]): Map<string, number> {
  const counts = new Map<string, number>();
  blocks.forEach((block, i) => {
    if (block.level > 2) return;
    let n = 0;
    const end = subtreeEnd(blocks, i);
    for (let j = i + 1; j < end; j++) if (blocks[j]!.level === 3) n++;
    if (n > 0) counts.set(block.uid, n);
  });
  return counts;
}

export type DropPlace = 'before' | 'after';

/**
 * Where `dragUid` (with everything under it) goes when dropped on `targetUid`: the uid of the
 * block it is moved before (null = the end). Dropping after a heading of a higher rank than the
 * dragged block makes it that heading's first child; after anything else, it follows the target's
 * whole subtree. Returns undefined when the drop is impossible (into its own subtree) or changes nothing.
 */
export function dropBefore(
  blocks: readonly OutlineBlockRef[],
  dragUid: string,
  targetUid: string,
  place: DropPlace,
): string | null | undefined {
  const from = blocks.findIndex((b) => b.uid === dragUid);
  const target = blocks.findIndex((b) => b.uid === targetUid);
  if (from < 0 || target < 0) return undefined;
  const fromEnd = subtreeEnd(blocks, from);
  if (target >= from && target < fromEnd) return undefined;

  let beforeIndex: number;
  if (place === 'before') beforeIndex = target;
  else if (blocks[target]!.level < blocks[from]!.level) beforeIndex = target + 1;
  else beforeIndex = subtreeEnd(blocks, target);

  // Landing right before itself or right after its own subtree leaves everything where it was.
  if (beforeIndex === from || beforeIndex === fromEnd) return undefined;
  return blocks[beforeIndex]?.uid ?? null;
}
