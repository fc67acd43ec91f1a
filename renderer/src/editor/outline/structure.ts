// Changing the document's structure inside an editor update: levels, promote/demote, moving a
// block with everything under it. Blocks are the root's children; levels come from $blockLevel.
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import type { BlockLevel } from '../../../../shared/outline/numbering';
import { blockRunEnd, moveDownTarget, moveUpTarget } from '../../../../shared/outline/tree';
import { $createItemNode, $isItemNode } from './ItemNode';
import { $blockLevel, $isOutlineBlockNode, type OutlineBlockNode } from './OutlineBlockNode';
import { $createSectionNode, $isSectionNode } from './SectionNode';

export function $blocks(): LexicalNode[] {
  return $getRoot().getChildren();
}

export function $blockLevels(blocks: readonly LexicalNode[] = $blocks()): BlockLevel[] {
  return blocks.map($blockLevel);
}

export function $findBlock(uid: string): OutlineBlockNode | null {
  for (const node of $blocks()) if ($isOutlineBlockNode(node) && node.getUid() === uid) return node;
  return null;
}

/** The top-level block holding a node (null for the root itself). */
export function $topBlockOf(node: LexicalNode | null): LexicalNode | null {
  if (!node || node.getKey() === 'root') return null;
  return node.getTopLevelElement() ?? (node.getParent()?.getKey() === 'root' ? node : null);
}

/** The top-level blocks the selection touches, in document order. */
export function $selectedBlocks(): LexicalNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) {
    return selection ? [...new Set(selection.getNodes().map($topBlockOf).filter((n): n is LexicalNode => n !== null))] : [];
  }
  const anchor = $topBlockOf(selection.anchor.getNode());
  const focus = $topBlockOf(selection.focus.getNode());
  if (!anchor || !focus) return anchor ? [anchor] : focus ? [focus] : [];
  if (anchor.is(focus)) return [anchor];
  const [first, last] = anchor.isBefore(focus) ? [anchor, focus] : [focus, anchor];
  const out: LexicalNode[] = [first];
  for (let n = first.getNextSibling(); n && !n.is(last); n = n.getNextSibling()) out.push(n);
  out.push(last);
  return out;
}

/**
 * Gives a block a level (0 = body paragraph). A section stays a section between 1 and 2, an item
 * an item between 3 and 4; across kinds the node is replaced with its text, uid and units kept.
 * Returns the node now holding the block.
 */
export function $setBlockLevel(block: LexicalNode, level: BlockLevel): LexicalNode {
  if (!$isElementNode(block) || block.isInline()) return block;
  if (!$isOutlineBlockNode(block) && !$isParagraphNode(block)) return block; // tables and other blocks keep their kind
  if ($blockLevel(block) === level) return block;
  if (level === 0) return block.replace($createParagraphNode(), true);
  if ((level <= 2 && $isSectionNode(block)) || (level >= 3 && $isItemNode(block))) return block.setLevel(level);

  const next = level <= 2 ? $createSectionNode(level as 1 | 2) : $createItemNode(level as 3 | 4);
  if ($isOutlineBlockNode(block)) next.setUid(block.getUid()).setUnits(block.getUnits());
  return (block as ElementNode).replace(next, true);
}

/** Tab: one level deeper, down to （1）; body paragraphs stay as they are. */
export function $demoteBlocks(blocks: readonly LexicalNode[]): void {
  for (const block of blocks) {
    const level = $blockLevel(block);
    if (level >= 1 && level < 4) $setBlockLevel(block, (level + 1) as BlockLevel);
  }
}

/** Shift+Tab: one level higher, up to 一、. */
export function $promoteBlocks(blocks: readonly LexicalNode[]): void {
  for (const block of blocks) {
    const level = $blockLevel(block);
    if (level > 1) $setBlockLevel(block, (level - 1) as BlockLevel);
  }
}

/** The run [start, end) of root children the selected blocks span, with everything under them. */
export function $selectedRun(): { start: number; end: number } | null {
  const selected = $selectedBlocks();
  if (selected.length === 0) return null;
  const levels = $blockLevels();
  const start = selected[0]!.getIndexWithinParent();
  const lastIndex = selected[selected.length - 1]!.getIndexWithinParent();
  let end = start + 1;
  for (let i = start; i <= lastIndex; i++) end = Math.max(end, blockRunEnd(levels, i));
  return { start, end };
}

/** Moves root children [start, end) before the child now at `before` (children.length: to the end). */
export function $moveRun(start: number, end: number, before: number): void {
  if (before >= start && before <= end) return;
  const children = $blocks();
  const moving = children.slice(start, end);
  const anchor = children[before];
  if (anchor) for (const node of moving) anchor.insertBefore(node, false);
  else {
    const root = $getRoot();
    for (const node of moving) root.append(node);
  }
}

/** Alt+Up / Alt+Down on the selection's blocks; false when they cannot move further. */
export function $moveSelectedBlocks(direction: 'up' | 'down'): boolean {
  const run = $selectedRun();
  if (!run) return false;
  const levels = $blockLevels();
  const target = direction === 'up' ? moveUpTarget(levels, run.start) : moveDownTarget(levels, run.start, run.end);
  if (target === undefined) return false;
  $moveRun(run.start, run.end, target);
  return true;
}

/** Moves the block `uid` with everything under it before the block `beforeUid` (null: to the end). */
export function $moveBlockBefore(uid: string, beforeUid: string | null): boolean {
  const block = $findBlock(uid);
  const before = beforeUid === null ? null : $findBlock(beforeUid);
  if (!block || (beforeUid !== null && !before)) return false;
  const start = block.getIndexWithinParent();
  const end = blockRunEnd($blockLevels(), start);
  const target = before ? before.getIndexWithinParent() : $getRoot().getChildrenSize();
  if (target > start && target < end) return false; // into its own subtree
  $moveRun(start, end, target);
  return true;
}
