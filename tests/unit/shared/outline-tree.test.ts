import { describe, expect, it } from 'vitest';
import { blockRunEnd, dropBefore, itemCounts, moveDownTarget, moveUpTarget, subtreeEnd, type OutlineBlockRef } from '../../../shared/outline/tree';

// 一、 a  （一） b  1. c  （1） d  2. e  二、 f  3. g
const blocks: OutlineBlockRef[] = [
  { uid: 'a', level: 1 },
  { uid: 'b', level: 2 },
  { uid: 'c', level: 3 },
  { uid: 'd', level: 4 },
  { uid: 'e', level: 3 },
  { uid: 'f', level: 1 },
  { uid: 'g', level: 3 },
];

describe('the outline as a tree', () => {
  it('a heading holds everything deeper that follows it', () => {
    expect(subtreeEnd(blocks, 0)).toBe(5);
    expect(subtreeEnd(blocks, 1)).toBe(5);
    expect(subtreeEnd(blocks, 2)).toBe(4);
    expect(subtreeEnd(blocks, 6)).toBe(7);
  });

  it('each section counts its items, not its subitems', () => {
    expect(Object.fromEntries(itemCounts(blocks))).toEqual({ a: 2, b: 2, f: 1 });
  });

  it('a heading without items has no count', () => {
    expect(itemCounts([{ uid: 'x', level: 1 }, { uid: 'y', level: 2 }]).size).toBe(0);
  });
});

describe('dropping a block in the outline pane', () => {
  it('before another block moves it there', () => {
    expect(dropBefore(blocks, 'g', 'c', 'before')).toBe('c');
  });

  it('after an item of the same level skips that item’s subitems', () => {
    expect(dropBefore(blocks, 'e', 'c', 'after')).toBeUndefined(); // already there
    expect(dropBefore(blocks, 'g', 'c', 'after')).toBe('e');
  });

  it('after a heading of higher rank makes it the heading’s first child', () => {
    expect(dropBefore(blocks, 'g', 'b', 'after')).toBe('c');
    expect(dropBefore(blocks, 'c', 'f', 'after')).toBe('g');
  });

  it('after a section at the end moves a section to the end', () => {
    expect(dropBefore(blocks, 'a', 'f', 'after')).toBeNull();
  });

  it('a block cannot go into its own subtree', () => {
    expect(dropBefore(blocks, 'a', 'c', 'before')).toBeUndefined();
    expect(dropBefore(blocks, 'b', 'd', 'after')).toBeUndefined();
    expect(dropBefore(blocks, 'a', 'a', 'before')).toBeUndefined();
  });

  it('a drop that changes nothing is refused', () => {
    expect(dropBefore(blocks, 'f', 'f', 'after')).toBeUndefined();
    expect(dropBefore(blocks, 'e', 'f', 'before')).toBeUndefined();
    expect(dropBefore(blocks, 'c', 'e', 'before')).toBeUndefined();
  });
});

describe('what moves with a block in the editor (body paragraphs included)', () => {
  // ¶ preamble, 一、, 1., （1）, ¶, 2., 二、, ¶, 3.
  const levels = [0, 1, 3, 4, 0, 3, 1, 0, 3] as const;

  it('a heading takes its items, subitems and body paragraphs; a body paragraph only itself', () => {
    expect(blockRunEnd(levels, 1)).toBe(6);
    expect(blockRunEnd(levels, 2)).toBe(5);
    expect(blockRunEnd(levels, 4)).toBe(5);
    expect(blockRunEnd(levels, 0)).toBe(1);
  });

  it('Alt+Up passes the sibling above with its run, or goes over its own heading', () => {
    expect(moveUpTarget(levels, 5)).toBe(2); // 2. before 1.
    expect(moveUpTarget(levels, 8)).toBe(6); // 3. over 二、 to the end of 一、
    expect(moveUpTarget(levels, 6)).toBe(1); // 二、 before 一、
    expect(moveUpTarget(levels, 1)).toBeUndefined(); // not above the preamble
    expect(moveUpTarget(levels, 4)).toBe(3); // a body paragraph swaps with the block above
  });

  it('Alt+Down passes the sibling below with its run, or lands first under the next heading', () => {
    expect(moveDownTarget(levels, 2, 5)).toBe(6); // 1. after 2.
    expect(moveDownTarget(levels, 5, 6)).toBe(8); // 2. under 二、, after its body paragraph
    expect(moveDownTarget(levels, 1, 6)).toBe(9); // 一、 after 二、 with its run
    expect(moveDownTarget(levels, 6, 9)).toBeUndefined();
  });
});
