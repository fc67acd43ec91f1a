// The outline as a tree over the flat block list: which blocks sit under a heading, how many
// items a section holds, and where a block dragged in the outline pane lands.
// Blocks are in document order; a block's subtree is the run of deeper blocks right after it.

export interface OutlineBlockRef {
  uid: string;
  level: 1 | 2 | 3 | 4;
}

/** Index one past the last block under blocks[index]. */
export function subtreeEnd(blocks: readonly OutlineBlockRef[], index: number): number {
  const level = blocks[index]?.level;
  if (level === undefined) return index;
  let end = index + 1;
  while (end < blocks.length && blocks[end]!.level > level) end++;
  return end;
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
