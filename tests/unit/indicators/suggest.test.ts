import { describe, expect, it } from 'vitest';
import { suggestTargets, type TargetSuggestion } from '../../../shared/indicators/suggest';
import { scanQuantities } from '../../../shared/indicators/numbers';
import { findDeadline } from '../../../shared/indicators/deadline';

const year = 2024;
const brief = (t: TargetSuggestion) => ({ name: t.name, value: t.value, valueMax: t.valueMax, unit: t.unit, comparator: t.comparator });
const suggest = (text: string) => suggestTargets(text, { year }).map(brief);
const highlighted = (t: TargetSuggestion) => t.sentence.slice(t.match.start, t.match.end);

describe('counts with classifiers', () => {
  it('2024年建立50个首课教育基地,培养200名首课教学名师 gives two targets named by the thing counted', () => {
    const found = suggestTargets('2024年建立50个首课教育基地,培养200名首课教学名师。', { year });
    expect(found.map(brief)).toEqual([
      { name: '首课教育基地', value: 50, valueMax: null, unit: '个', comparator: '≥' },
      { name: '首课教学名师', value: 200, valueMax: null, unit: '名', comparator: '≥' },
    ]);
    expect(found.map(highlighted)).toEqual(['50个首课教育基地', '200名首课教学名师']);
    expect(found[0]!.deadline).toBe('2024-12-31');
  });

  it('新建改扩建中小学11所、幼儿园10所 is two targets, each named by the word before its number', () => {
    expect(suggest('新建改扩建中小学11所、幼儿园10所。')).toEqual([
      { name: '中小学', value: 11, valueMax: null, unit: '所', comparator: '≥' },
      { name: '幼儿园', value: 10, valueMax: null, unit: '所', comparator: '≥' },
    ]);
  });

  it('不少于 carries along a list joined by 、', () => {
    expect(suggest('新创建不少于2个省级游戏活动实验区、15所游戏活动实验园。').map((t) => [t.name, t.value, t.comparator])).toEqual([
      ['省级游戏活动实验区', 2, '≥'],
      ['游戏活动实验园', 15, '≥'],
    ]);
  });

  it('13所以上 is at least 13, and the name starts after 以上', () => {
    expect(suggest('新认定13所以上市级办学质量达标学校。')).toEqual([{ name: '市级办学质量达标学校', value: 13, valueMax: null, unit: '所', comparator: '≥' }]);
  });

  it('reads Chinese numerals after a verb: 新建两所幼儿园，建成十个智慧教室', () => {
    expect(suggest('新建两所幼儿园，建成十个智慧教室。')).toEqual([
      { name: '幼儿园', value: 2, valueMax: null, unit: '所', comparator: '≥' },
      { name: '智慧教室', value: 10, valueMax: null, unit: '个', comparator: '≥' },
    ]);
  });
});

describe('percentages with comparators', () => {
  it('覆盖率达到90%以上 is ≥ 90%, named by the rate without 确保 and 全市', () => {
    const [t] = suggestTargets('确保全市幼儿园招生报名“一网通办”覆盖率达到90%以上。', { year });
    expect(brief(t!)).toEqual({ name: '幼儿园招生报名“一网通办”覆盖率', value: 90, valueMax: null, unit: '%', comparator: '≥' });
    expect(highlighted(t!)).toBe('幼儿园招生报名“一网通办”覆盖率达到90%以上');
  });

  it('超过85% is > 85; 稳定在100% is = 100; 不低于 and 不少于 are ≥', () => {
    expect(suggest('普惠性幼儿园覆盖率超过85%，义务教育安置率稳定在100%，优良率不低于60%，参训比例不少于95%。').map((t) => [t.name, t.value, t.comparator])).toEqual([
      ['普惠性幼儿园覆盖率', 85, '>'],
      ['义务教育安置率', 100, '='],
      ['优良率', 60, '≥'],
      ['参训比例', 95, '≥'],
    ]);
  });

  it('近视率控制在…以内 is ≤ and lower is better', () => {
    const [t] = suggestTargets('儿童青少年总体近视率控制在50%以内。', { year });
    expect(t).toMatchObject({ name: '儿童青少年总体近视率', value: 50, unit: '%', comparator: '≤', direction: 'lower' });
  });

  it('a rate named lower-is-better gets ≤ even when the text only says 降低到', () => {
    expect(suggestTargets('新发近视率降低到3%。', { year })[0]).toMatchObject({ comparator: '≤', direction: 'lower' });
  });
});

describe('money, ranges, per-time and deadlines', () => {
  it('年内投资3.03亿元完成建设项目150个: money and a count, both due at year end', () => {
    const found = suggestTargets('年内投资3.03亿元完成建设项目150个。', { year });
    expect(found.map(brief)).toEqual([
      { name: '投资', value: 3.03, valueMax: null, unit: '亿元', comparator: '≥' },
      { name: '建设项目', value: 150, valueMax: null, unit: '个', comparator: '≥' },
    ]);
    expect(found.map((t) => t.deadline)).toEqual(['2024-12-31', '2024-12-31']);
  });

  it('reads 111.6万元 and 1300余万元', () => {
    expect(suggest('投入1300余万元改善办学条件，安排专项资金111.6万元。').map((t) => [t.value, t.unit])).toEqual([
      [1300, '万元'],
      [111.6, '万元'],
    ]);
  });

  it('推动2—3个市域产教联合体 is a range between 2 and 3', () => {
    expect(suggest('推动2—3个市域产教联合体建设。')).toEqual([{ name: '市域产教联合体', value: 2, valueMax: 3, unit: '个', comparator: '区间' }]);
    expect(suggest('培养学生掌握1-2项运动技能。')[0]).toMatchObject({ value: 1, valueMax: 2, unit: '项', comparator: '区间' });
  });

  it('每天锻炼2小时 is a per-time target', () => {
    expect(suggest('确保学生每天锻炼2小时。')).toEqual([{ name: '学生每天锻炼时长', value: 2, valueMax: null, unit: '小时', comparator: '≥' }]);
    expect(suggest('开好每周一节劳动课程。')).toEqual([{ name: '每周劳动课程', value: 1, valueMax: null, unit: '节', comparator: '≥' }]);
  });

  it('8月底前建成 puts the deadline at the end of August of the plan year', () => {
    const [t] = suggestTargets('8月底前建成3个区域综合性红色场馆。', { year: 2025 });
    expect(t).toMatchObject({ name: '区域综合性红色场馆', value: 3, deadline: '2025-08-31' });
  });

  it('reads the usual ways of writing a deadline', () => {
    expect(findDeadline('年底前完成', 2025)).toBe('2025-12-31');
    expect(findDeadline('6月前完成', 2025)).toBe('2025-06-30');
    expect(findDeadline('上半年完成', 2025)).toBe('2025-06-30');
    expect(findDeadline('第三季度完成', 2025)).toBe('2025-09-30');
    expect(findDeadline('到2027年，建成', 2025)).toBe('2027-12-31');
    expect(findDeadline('9月1日前投入使用', 2025)).toBe('2025-09-01');
    expect(findDeadline('持续推进', 2025)).toBe('');
  });
});

describe('placeholders are unknown values, never numbers', () => {
  it('xx% and xxx名 are placeholders with no value', () => {
    const found = suggestTargets('学前教育毛入园率达xx%以上，培养骨干教师xxx名。', { year });
    expect(found.map((t) => [t.name, t.value, t.unit, t.placeholder, t.comparator])).toEqual([
      ['学前教育毛入园率', null, '%', true, '≥'],
      ['骨干教师', null, '名', true, '≥'],
    ]);
  });

  it('XX学校 and XXX育红中心 are names waiting to be filled in, not quantities', () => {
    expect(suggest('在XX学校创建XXX育红中心，推动XXX学校、XX小学党建品牌建设。')).toEqual([]);
  });
});

describe('what is not a target', () => {
  const none = (text: string) => expect(suggest(text), text).toEqual([]);

  it('years, dates and document numbers', () => {
    none('2024年，全市教育工作的总体思路是。');
    none('印发《泰安市2012-2013年学前教育行动计划》，泰教发〔2024〕1号，2024年3月26日。');
    none('2025-03-26召开会议，202x年工作要点。');
  });

  it('ordinal words and numbered names', () => {
    none('严格执行“第一议题”制度，认真学习贯彻第二次全国教育大会精神，开展第二批验收。');
    none('一是加强领导，二是完善机制，将每天第一节首课育人拓展至全学科。');
    none('遴选认定第三批市级特色高中。');
  });

  it('plan names and slogans in quotes or with a plus', () => {
    none('编制“十四五”教育事业发展规划，持续推进“六个1”工程，实施313+工程。');
    none('做好“12345”热线办理，推动市级“三个课堂”应用平台建设，坚决做到“两个维护”。');
    none('全面落实一个根本任务，深化三项改革，实行四个强化，实现五大发展目标。');
  });

  it('一 with a classifier is the article, and levels are not counts', () => {
    none('打造一支具有较高专业素养的名师队伍，建立市、县、校三级管理体系，完善四级竞赛体系。');
    none('落实过程评价、结果评价四位一体的评价方式，认定一批市级劳动教育基地。');
  });

  it('history: figures of earlier years and growth in comparison without an aim', () => {
    none('2020年，全区教育投入10.29亿元，较2015年增长50%。');
    none('至2020年底，全区在册幼儿园100所，学前三年毛入园率达98.5%。');
    none('全市教育经费较上年增长8.5%。');
    expect(suggest('力争全市教育经费较上年增长8.5%。')).toHaveLength(1);
  });

  it('a share described with 的 is not a level aimed at', () => {
    none('按土地净收益计提的10%教育资金统筹使用。');
  });
});

describe('the tokenizer', () => {
  it('reads units with magnitudes, full-width digits and thousands separators', () => {
    expect(scanQuantities('惠及2万余个家庭，投入5,898万元，达到９０％').map((q) => [q.value, q.unit, q.approx])).toEqual([
      [2, '万个', true],
      [5898, '万元', false],
      [90, '%', false],
    ]);
  });

  it('does not read 5G, 2.0 or 313+ as quantities', () => {
    expect(scanQuantities('建成5G网络，推进教育信息化2.0，实施313+工程')).toEqual([]);
  });
});

describe('values as people type them', () => {
  it('reads numbers and days the same way in the table and in Excel', async () => {
    const { parseTypedNumber, parseTypedDay, isIsoDay } = await import('../../../shared/indicators/typed');
    expect([parseTypedNumber('1,300'), parseTypedNumber('９０％'), parseTypedNumber('xx'), parseTypedNumber(''), parseTypedNumber('九十')]).toEqual([1300, 90, null, null, undefined]);
    expect([parseTypedDay('2025年8月31日'), parseTypedDay('2025/8/31'), parseTypedDay(''), parseTypedDay('2025-02-30'), parseTypedDay('八月底')]).toEqual(['2025-08-31', '2025-08-31', '', undefined, undefined]);
    expect([isIsoDay('2024-02-29'), isIsoDay('2025-02-29'), isIsoDay('2025-13-01')]).toEqual([true, false, false]);
  });
});
