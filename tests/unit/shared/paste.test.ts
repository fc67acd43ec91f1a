import { describe, expect, it } from 'vitest';
import { MAX_PASTE_CHARS, pasteTooLargeMessage, readPastedText } from '../../../shared/import/paste';

describe('pasted text read as structure', () => {
  it('markers and their variants give levels; the markers leave the text', () => {
    const { blocks, structured } = readPastedText('一、总体要求\n(二)学前教育\n1．新建幼儿园10所。\n（1）完成选址。\n① 开工建设。');
    expect(structured).toBe(true);
    expect(blocks.map((b) => [b.level, b.text])).toEqual([
      [1, '总体要求'],
      [2, '学前教育'],
      [3, '新建幼儿园10所。'],
      [4, '完成选址。'],
      [4, '开工建设。'],
    ]);
  });

  it('lines cut by a PDF are joined back, and a 责任单位 line joins its item', () => {
    const { blocks } = readPastedText('1.推进学前教育优质普惠发展，新建改扩建公办幼儿园10所，扩大普惠性学前教育资源供给，新增\n学位3000个。\n责任单位：基础教育科、计划财务科');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ level: 3, text: '推进学前教育优质普惠发展，新建改扩建公办幼儿园10所，扩大普惠性学前教育资源供给，新增学位3000个。', units: { lead: [], responsible: ['基础教育科', '计划财务科'] } });
  });

  it('prose without markers is not structure; 2024年 and 1.5亿元 are not markers', () => {
    expect(readPastedText('2024年全市教育工作。\n1.5亿元用于校舍改造。').structured).toBe(false);
  });

  it('a paste over the limit is refused with its size in 万字', () => {
    expect(pasteTooLargeMessage(MAX_PASTE_CHARS)).toBeNull();
    expect(pasteTooLargeMessage(3_500_000)).toBe('要粘贴的内容约有 350 万字，超过了一次粘贴的上限（30 万字），没有粘贴。请分几次粘贴，或用“导入”读入整个文件。');
  });
});

describe('a paragraph closed by its units', () => {
  it('an item line ending in （责任单位：…） is not joined with the line after it', () => {
    const { blocks } = readPastedText('1.推进学前教育普及普惠发展。（责任单位：基础教育科）\n学前三年毛入园率达到90%以上，普惠性幼儿园覆盖率超过85%');
    expect(blocks.map((b) => [b.level, b.text])).toEqual([
      [3, '推进学前教育普及普惠发展。'],
      [0, '学前三年毛入园率达到90%以上，普惠性幼儿园覆盖率超过85%'],
    ]);
    expect(blocks[0]!.units.responsible).toEqual(['基础教育科']);
  });
});
