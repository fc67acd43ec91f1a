// Paste into the structured editor: marked text and Word's HTML become sections and items, text
// without markers stays paragraphs, a paste too large is refused before anything changes.
import { withDOM } from '@lexical/headless/dom';
import { PASTE_COMMAND, type PasteCommandType } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { doc } from '../helpers/doc';
import { harness, type Harness } from './harness';

let h: Harness;
afterEach(() => h?.close());

function paste(data: Record<string, string>): boolean {
  let prevented = false;
  const event = {
    clipboardData: { getData: (type: string) => data[type] ?? '', files: [], types: Object.keys(data) },
    preventDefault: () => (prevented = true),
  } as unknown as PasteCommandType;
  h.editor.dispatchCommand(PASTE_COMMAND, event);
  return prevented;
}

const TEXT = '一、总体要求\n（一）学前教育\n1.新建幼儿园10所。\n2.改扩建幼儿园5所，新增学位3000个。（牵头单位：基础教育科；责任单位：各县市区教育和体育局）\n（二）义务教育\n3.新建改扩建中小学11所。';

describe('paste', () => {
  it('text with 一、（一）1. markers becomes sections and items, its units attached to their item', () => {
    h = harness(doc([{ level: 0, text: '' }]));
    h.cursor(0);
    expect(paste({ 'text/plain': TEXT })).toBe(true);
    expect(h.lines()).toEqual(['一、总体要求', '（一）学前教育', '1.新建幼儿园10所。', '2.改扩建幼儿园5所，新增学位3000个。', '（二）义务教育', '3.新建改扩建中小学11所。']);
    expect(h.blocks()[3]!.units).toEqual({ lead: ['基础教育科'], responsible: ['各县市区教育和体育局'] });
    expect(new Set(h.uids()).size).toBe(6);
  });

  it('pasted into the middle of an item, the structure goes between its two halves', () => {
    h = harness(doc([{ level: 3, text: '甲项工作。乙项工作。' }]));
    h.cursor(0, 5);
    paste({ 'text/plain': '（1）细则一。\n（2）细则二。' });
    expect(h.lines()).toEqual(['1.甲项工作。', '（1）细则一。', '（2）细则二。', '2.乙项工作。']);
  });

  it('at the end of a block the pasted blocks follow it; the numbers are recounted', () => {
    h = harness(doc([{ level: 1, text: '强化保障' }, { level: 3, text: '改善学校办学条件。' }]));
    h.cursor(1, 'end');
    paste({ 'text/plain': '1.规范学校办学行为。\n2.维护教育系统安全稳定。' });
    expect(h.lines()).toEqual(['一、强化保障', '1.改善学校办学条件。', '2.规范学校办学行为。', '3.维护教育系统安全稳定。']);
  });

  it('one marked line pasted inside a sentence is a phrase and goes in as written', () => {
    h = harness(doc([{ level: 3, text: '完成。' }]));
    h.cursor(0, 0);
    paste({ 'text/plain': '（一）学前教育' });
    expect(h.lines()).toEqual(['1.（一）学前教育完成。']);
  });

  it('text without markers becomes body paragraphs', () => {
    h = harness(doc([{ level: 0, text: '' }]));
    h.cursor(0);
    paste({ 'text/plain': '坚持以习近平新时代中国特色社会主义思想为指导。\n\n全面贯彻党的教育方针。' });
    expect(h.lines()).toEqual(['¶坚持以习近平新时代中国特色社会主义思想为指导。', '¶全面贯彻党的教育方针。']);
  });

  it('a 10 MB paste is refused with a sentence and nothing changes', () => {
    h = harness(doc([{ level: 3, text: '原文。' }]));
    h.cursor(0, 'end');
    const huge = '一、总体要求\n' + '新建幼儿园10所，改扩建中小学11所。'.repeat(320_000);
    expect(huge.length).toBeGreaterThan(5_000_000);
    expect(paste({ 'text/plain': huge })).toBe(true);
    expect(h.lines()).toEqual(['1.原文。']);
    expect(h.notices.at(-1)).toMatch(/^要粘贴的内容约有 \d+ 万字，超过了一次粘贴的上限（30 万字），没有粘贴。/);
  });

  it('Word HTML keeps the text and the structure and drops its fonts and colours', () => {
    h = harness(doc([{ level: 0, text: '' }]));
    h.cursor(0);
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:仿宋_GB2312}</style></head><body>
<h1 style="mso-outline-level:1"><span style='font-family:黑体;color:red'>重点任务</span></h1>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><!--[endif]--><b><span style='font-size:16pt'>推进学前教育</span></b><span>普及普惠
发展。</span></p>
<p class=MsoNormal style='text-indent:32pt'><span style='color:#333'>学前三年毛入园率达到</span>90%以上。<o:p></o:p></p>
</body></html>`;
    withDOM(() => paste({ 'text/html': html, 'text/plain': '重点任务\n1.推进学前教育普及普惠发展。\n学前三年毛入园率达到90%以上。' }));
    expect(h.lines()).toEqual(['一、重点任务', '1.推进学前教育普及普惠发展。', '¶学前三年毛入园率达到90%以上。']);
    // Only text arrived: no bold, no sizes, no colours on the text nodes.
    const texts = JSON.stringify(h.json());
    expect(texts).not.toMatch(/"format":[1-9]/);
    expect(texts).not.toMatch(/color|font-size|font-family/);
  });

  it('a numbered list from WPS or a web page (<ol><li>) becomes items, a list inside one subitems, with full-width spaces and tables kept as text', () => {
    h = harness(doc([{ level: 0, text: '' }]));
    h.cursor(0);
    const html = `<html><body><p style="font-family:仿宋_GB2312;color:red">一、总体要求</p><p style="mso-outline-level:2">（一）学前教育</p>
<ol><li>新建幼儿园10所。</li><li>改扩建幼儿园5所。<ol><li>完成选址。</li></ol></li></ol>
<p>　　坚持以人民为中心，把握一、二两个方面。</p><table><tr><td>指标</td><td>目标</td></tr></table></body></html>`;
    withDOM(() => paste({ 'text/html': html, 'text/plain': '一、总体要求' }));
    expect(h.lines()).toEqual([
      '一、总体要求',
      '（一）学前教育',
      '1.新建幼儿园10所。',
      '2.改扩建幼儿园5所。',
      '（1）完成选址。',
      '¶坚持以人民为中心，把握一、二两个方面。',
      '¶指标　目标',
    ]);
  });
});
