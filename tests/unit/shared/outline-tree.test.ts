import { describe, expect, it } from 'vitest';
import { dropBefore, itemCounts, subtreeEnd, type OutlineBlockRef } from '../../../shared/outline/tree';

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
