import { describe, expect, it } from 'vitest';
import { chineseNumeral, numberBlocks, type BlockLevel } from '../../../shared/outline/numbering';

describe('Chinese numbering', () => {
  it('writes section numbers the way documents do', () => {
    expect([1, 7, 10, 11, 19, 20, 21, 99, 100, 105, 110].map(chineseNumeral)).toEqual([
      '一', '七', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十',
    ]);
  });

  it('continuous numbering runs items 1..23 across seven sections', () => {
    const perSection = [3, 4, 3, 4, 3, 3, 3];
    const levels: BlockLevel[] = [0];
    for (const n of perSection) levels.push(1, ...Array<BlockLevel>(n).fill(3));
    const numbered = numberBlocks(levels, 'continuous');
    const sections = numbered.filter((_, i) => levels[i] === 1).map((b) => b.marker);
    const items = numbered.filter((_, i) => levels[i] === 3).map((b) => b.marker);
    expect(sections).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
    expect(items).toEqual(Array.from({ length: 23 }, (_, i) => `${i + 1}.`));
    expect(numbered[0]).toEqual({ ordinal: 0, marker: '' });
  });

  it('a 规划 restarts items under each subsection', () => {
    const levels: BlockLevel[] = [1, 2, 3, 3, 2, 3, 4, 4, 3, 1, 2, 3];
    expect(numberBlocks(levels, 'restart').map((b) => b.marker)).toEqual([
      '一、', '（一）', '1.', '2.', '（二）', '1.', '（1）', '（2）', '2.', '二、', '（一）', '1.',
    ]);
  });

  it('a subitem without an item above it is still numbered from one', () => {
    expect(numberBlocks([1, 4, 4, 1, 4], 'continuous').map((b) => b.marker)).toEqual(['一、', '（1）', '（2）', '二、', '（1）']);
  });
});
