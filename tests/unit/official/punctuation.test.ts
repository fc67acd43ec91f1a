import { describe, expect, it } from 'vitest';
import { fixDocumentPunctuation } from '../../../shared/official/fix';
import { fixPunctuation, punctuationIssues } from '../../../shared/official/punctuation';
import { nodeText } from '../../../shared/outline/document';
import { doc } from '../helpers/doc';

describe('half-width punctuation in Chinese text', () => {
  it('commas, semicolons, colons and sentence ends become full-width; spaces after them go', () => {
    expect(fixPunctuation('2024年,全市教育工作的总体思路是:深入学习; 全面落实.')).toBe('2024年，全市教育工作的总体思路是：深入学习；全面落实。');
  });

  it('straight quotes become curly quotes in pairs, parentheses around Chinese become full-width', () => {
    expect(fixPunctuation('坚定拥护"两个确立"、坚决做到"两个维护"(含局(委)机关)')).toBe('坚定拥护“两个确立”、坚决做到“两个维护”（含局（委）机关）');
  });

  it('numbers, decimals, times and English stay as they are', () => {
    expect(fixPunctuation('投资3.03亿元,完成1,000所学校,8:30开会')).toBe('投资3.03亿元，完成1,000所学校，8:30开会');
    expect(fixPunctuation('Hello, world.')).toBe('Hello, world.');
  });

  it('counts what the fix would change and shows where', () => {
    expect(punctuationIssues('推进党组织标准化,规范化建设')).toEqual({ count: 1, sample: '党组织标准化,规范化建设' });
    expect(punctuationIssues('推进党组织标准化、规范化建设。').count).toBe(0);
  });

  it('a paragraph split over formatting runs is fixed across them, each run keeping its own text', () => {
    const d = doc([{ level: 3, text: '' }]);
    d.root.children![0]!.children = [
      { type: 'text', text: '深化"首课' },
      { type: 'text', text: '思政负责制",推进' },
    ];
    const { document, changedBlocks } = fixDocumentPunctuation(d);
    expect(changedBlocks).toBe(1);
    expect(document.root.children![0]!.children!.map((c) => c.text)).toEqual(['深化“首课', '思政负责制”，推进']);
    expect(nodeText(d.root.children![0]!)).toBe('深化"首课思政负责制",推进'); // the input is not changed
  });
});
