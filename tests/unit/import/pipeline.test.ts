import { describe, expect, it } from 'vitest';
import { analyseText, previewToDocument } from '../../../shared/import/index';
import { parseDocNumber, parseNote, parseNoticeDate } from '../../../shared/import/notice-fields';
import { removeInsertedPinyin } from '../../../shared/import/pinyin';
import { splitNameAndUnit } from '../../../shared/import/indicator-table';
import { takeTrailingUnits, unitsLine } from '../../../shared/import/units';
import { seed } from './helpers/seeds';

describe('notice fields read from single lines', () => {
  it('normalises a 发文字号 written with [] or 【】 or 第 and zero padding to 〔〕', () => {
    expect(parseDocNumber('泰教发[2024]1号')).toBe('泰教发〔2024〕1号');
    expect(parseDocNumber('泰教发【2024】第01号')).toBe('泰教发〔2024〕1号');
    expect(parseDocNumber('  杏政发〔2022〕17号 ')).toBe('杏政发〔2022〕17号');
    expect(parseDocNumber('泰教发(2024)3号')).toBe('泰教发〔2024〕3号');
    expect(parseDocNumber('2024年工作要点')).toBe('');
  });

  it('reads 成文日期 as 2024年3月26日, 2024-03-26, in Chinese numerals, or garbled as 2024327', () => {
    expect(parseNoticeDate('2024年3月26日')).toEqual({ iso: '2024-03-26', ambiguous: false });
    expect(parseNoticeDate('2024-03-26')?.iso).toBe('2024-03-26');
    expect(parseNoticeDate('二〇二四年三月二十六日')?.iso).toBe('2024-03-26');
    expect(parseNoticeDate('2024327')).toEqual({ iso: '2024-03-27', ambiguous: false });
    expect(parseNoticeDate('20241226')?.iso).toBe('2024-12-26');
    expect(parseNoticeDate('2024111')).toEqual({ iso: '2024-01-11', ambiguous: true });
    expect(parseNoticeDate('2024年2月30日')).toBeNull();
    expect(parseNoticeDate('2024年工作要点')).toBeNull();
  });

  it('reads 附注 in either width of parentheses', () => {
    expect(parseNote('(此件公开发布)')).toBe('（此件公开发布）');
    expect(parseNote('（此件主动公开）')).toBe('（此件主动公开）');
    expect(parseNote('（一）加强领导')).toBe('');
  });
});

describe('debris inside lines', () => {
  it('removes pinyin with tone marks only, so (一) (app) and (%) stay', () => {
    expect(removeInsertedPinyin('規(guī)劃與質（zhì）量').text).toBe('規劃與質量');
    expect(removeInsertedPinyin('(一)加强 手机(app) 比例(%) 法(修订)').removed).toBe(0);
  });

  it('splits a unit of measure from an indicator name', () => {
    expect(splitNameAndUnit('学前教育毛入园率(%)')).toEqual({ name: '学前教育毛入园率', unit: '%' });
    expect(splitNameAndUnit('新增学位（万个）')).toEqual({ name: '新增学位', unit: '万个' });
    expect(splitNameAndUnit('在园幼儿（万人）')).toEqual({ name: '在园幼儿', unit: '万人' });
    expect(splitNameAndUnit('义务教育学校(含民办)')).toEqual({ name: '义务教育学校(含民办)', unit: '' });
  });
});

describe('responsible units', () => {
  it('takes （责任单位：…） and （牵头单位：…；责任单位：…） off an item and splits the names', () => {
    expect(takeTrailingUnits('加强党建工作。（责任科室：组干科、机关党委）')).toEqual({
      text: '加强党建工作。',
      units: { lead: [], responsible: ['组干科', '机关党委'] },
    });
    expect(takeTrailingUnits('推进集团化办学(牵头单位：基教科；责任单位：各县（市、区）教育局，市直学校)。')).toEqual({
      text: '推进集团化办学。',
      units: { lead: ['基教科'], responsible: ['各县（市、区）教育局', '市直学校'] },
    });
    expect(takeTrailingUnits('没有责任单位。')).toBeNull();
    expect(unitsLine('责任单位：人事科、教师发展中心')).toEqual({ lead: [], responsible: ['人事科', '教师发展中心'] });
  });

  it('gives an item the units named at the end of its second paragraph, and keeps a preamble\'s text whole', () => {
    const p = analyseText('某县2025年工作要点\n说明一下分工。（责任单位：各科室）\n一、加强党建\n1.深化理论学习。\n每月组织一次集中学习。（责任单位：组干科）');
    expect(p.preamble).toEqual(['说明一下分工。（责任单位：各科室）']);
    const item = p.blocks.find((b) => b.level === 3)!;
    expect(item.units.responsible).toEqual(['组干科']);
    expect(p.blocks.at(-1)).toMatchObject({ level: 0, text: '每月组织一次集中学习。', units: { lead: [], responsible: [] } });
  });

  it('gives a plan\'s items their units, from the item\'s end or from a line of its own', () => {
    const p = analyseText(
      [
        '一、加强党的建设',
        '1.深化理论学习。坚持第一议题制度。（责任科室：组干科、机关党委）',
        '2.推进清廉学校建设。',
        '责任单位：纪检组，办公室',
        '（1）开展警示教育（牵头单位：纪检组）',
      ].join('\n'),
    );
    expect(p.blocks.map((b) => [b.level, b.text, b.units])).toEqual([
      [1, '加强党的建设', { lead: [], responsible: [] }],
      [3, '深化理论学习。坚持第一议题制度。', { lead: [], responsible: ['组干科', '机关党委'] }],
      [3, '推进清廉学校建设。', { lead: [], responsible: ['纪检组', '办公室'] }],
      [4, '开展警示教育', { lead: ['纪检组'], responsible: [] }],
    ]);
  });
});

describe('wrapped lines and headings', () => {
  it('joins lines hard-wrapped at a fixed width back into paragraphs, but not headings', () => {
    const text = [
      '一、总体要求',
      '1.巩固提升主题教育成果。加强思想政治引领，坚持把学习贯彻习近平',
      '新时代中国特色社会主义思想作为首要任务，持续强化党的创新理论武装',
      '，严格执行“第一议题”制度。',
      '2.加强教育系统党的建设。落实教育系统党支部评星定级动态管理制度，',
      '推进党组织标准化、规范化建设。',
      '（一）强化学校管理',
      '全面推进依法治教，深入开展普法教育，增强依法治教、依法治校的意识。',
    ].join('\n');
    const p = analyseText(text);
    expect(p.blocks.map((b) => [b.level, b.text])).toEqual([
      [1, '总体要求'],
      [3, '巩固提升主题教育成果。加强思想政治引领，坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要任务，持续强化党的创新理论武装，严格执行“第一议题”制度。'],
      [3, '加强教育系统党的建设。落实教育系统党支部评星定级动态管理制度，推进党组织标准化、规范化建设。'],
      [2, '强化学校管理'],
      [0, '全面推进依法治教，深入开展普法教育，增强依法治教、依法治校的意识。'],
    ]);
  });

  it('does not join a short item heading to the prose under it', () => {
    const p = analyseText('一、发展情况\n1.各级各类教育协调健康发展\n学前教育普惠发展。至2020年底，全区在册幼儿园100所。\n2.重点工程顺利推进');
    expect(p.blocks.map((b) => b.level)).toEqual([1, 3, 0, 3]);
  });
});

describe('numbering of the source', () => {
  it('reports a gap (2. then 4.) and a repeat, and still numbers by structure', () => {
    const p = analyseText('一、甲\n1.一项。\n2.二项。\n4.四项。\n4.又一项。\n二、乙\n5.五项。');
    expect(p.numberingMode).toBe('continuous');
    expect(p.warnings.filter((w) => w.includes('编号'))).toEqual([
      '第4行：编号“4.”缺少“3.”（前一个是“2.”）。导入后按结构重新编号。',
      '第5行：编号“4.”编号重复或倒退（前一个是“4.”）。导入后按结构重新编号。',
    ]);
  });

  it('detects items restarting under each heading', () => {
    const p = analyseText('一、甲\n1.一项。\n2.二项。\n二、乙\n1.一项。\n2.二项。');
    expect(p.numberingMode).toBe('restart');
    expect(p.warnings.filter((w) => w.includes('编号'))).toEqual([]);
  });
});

describe('restoring dropped lines', () => {
  it('keeps a dropped line the user restores, as content', () => {
    const text = seed('002_eb413db6c3da201b.txt');
    const first = analyseText(text);
    const footer = first.dropped.find((d) => d.text === '信息来源:泰安市教育局')!;
    const again = analyseText(text, { keep: [footer.line] });
    expect(again.dropped.map((d) => d.line)).not.toContain(footer.line);
    expect(again.dropped).toHaveLength(first.dropped.length - 1);
    expect(again.blocks.at(-1)!.text).toBe('信息来源:泰安市教育局');
  });
});

describe('the document made from a preview', () => {
  it('has the preamble, sections and items with fresh uids, and the table as a 专栏 block at its place', () => {
    let n = 0;
    const p = analyseText(seed('003_3bf94dc3a89a6442.txt'));
    const doc = previewToDocument(p, { newUid: () => `u${++n}` });
    const nodes = doc.root.children!;
    expect(nodes[0]).toMatchObject({ type: 'paragraph' });
    expect(nodes.filter((x) => x.type === 'plan-section')).toHaveLength(27);
    expect(nodes.filter((x) => x.type === 'plan-item')).toHaveLength(50);
    expect(new Set(nodes.map((x) => x.uid).filter(Boolean)).size).toBe(77);
    const tables = nodes.filter((x) => x.type === 'indicator-table');
    // Without stored targets the block names the table's groups; the number 专栏一 is not kept.
    expect(tables).toEqual([{ type: 'indicator-table', version: 1, title: '“十四五”教育事业发展主要目标', targetIds: [], groups: ['基础教育', '职业教育'] }]);
    const texts = nodes.map((x) => (x.children?.[0] as { text?: string } | undefined)?.text ?? '');
    expect(texts.some((t) => t.includes('｜'))).toBe(false);
    // It stands where the table stood: after the paragraph that introduces it.
    const at = nodes.indexOf(tables[0]!);
    const block = p.blocks.findIndex((b) => b.table !== undefined);
    expect(texts[at - 1]).toBe(p.blocks[block - 1]!.text);
  });

  it('names the targets stored for a table by id', () => {
    const p = analyseText(seed('003_3bf94dc3a89a6442.txt'));
    const doc = previewToDocument(p, { newUid: () => 'x', tableTargetIds: [[11, 12, 13]] });
    expect(doc.root.children!.find((x) => x.type === 'indicator-table')).toMatchObject({ targetIds: [11, 12, 13], groups: [] });
  });
});
