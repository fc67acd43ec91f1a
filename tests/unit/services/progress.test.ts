import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/api/dispatcher';
import { openServices, type Services } from '../../../electron/services/index';
import { seedTrackedPlan, type TrackedPlan } from '../helpers/targets';
import { tmpDbPath } from '../helpers/tmp';

let s: Services;
let plan: TrackedPlan;
let now = new Date('2025-10-08T02:00:00.000Z');
let user = '张三';

beforeEach(() => {
  now = new Date('2025-10-08T02:00:00.000Z');
  user = '张三';
  s = openServices({ dbPath: tmpDbPath(), mode: 'cli', clock: () => now, userName: () => user });
  plan = seedTrackedPlan(s);
});
afterEach(() => s.close());

/** Values for Q1..Q3 of 2025 for one target. */
function enter(targetId: number, ...values: number[]): void {
  values.forEach((value, i) => s.progress.setValue({ targetId, period: `2025-Q${i + 1}`, value }));
}

function enterThreeQuarters(): void {
  const t = plan.targets;
  enter(t.bases, 10, 20, 30); // line at the end of Q3: 37.4 -> 滞后
  enter(t.netService, 83, 86, 88); // line 87.5 -> 正常推进
  enter(t.schools, 3, 6, 9); // deadline 8月31日 passed -> 逾期
  enter(t.myopia, 53.5, 52, 51.2); // line 51.0, within 0.4 -> 正常推进
  enter(t.alliances, 0, 1, 2); // 2—3个 -> 已完成
}

describe('entering values (填报)', () => {
  it('a value is kept with a note, a source, who entered it and when', () => {
    const cell = s.progress.setValue({ targetId: plan.targets.netService, period: '2025-Q3', value: 88, note: '秋季学期统计', source: '招生平台' });
    expect(cell).toEqual({
      targetId: plan.targets.netService,
      period: '2025-Q3',
      value: 88,
      note: '秋季学期统计',
      source: '招生平台',
      enteredBy: '张三',
      enteredAt: '2025-10-08T02:00:00.000Z',
      status: '正常推进',
    });
  });

  it('every edit is in the history, newest first, and a clear keeps the history', () => {
    const id = plan.targets.netService;
    s.progress.setValue({ targetId: id, period: '2025-Q3', value: 87, note: '初报' });
    now = new Date('2025-10-09T03:00:00.000Z');
    user = '李四';
    s.progress.setValue({ targetId: id, period: '2025q3', value: 88.5 });
    s.progress.setValue({ targetId: id, period: '2025-Q3', value: 88.5 }); // no change, no entry
    s.progress.setValue({ targetId: id, period: '2025-Q3', value: null, note: '' });
    expect(s.progress.history(id, '2025-Q3').map((h) => [h.action, h.value, h.note, h.changedBy, h.via])).toEqual([
      ['clear', null, '', '李四', '填报'],
      ['edit', 88.5, '初报', '李四', '填报'],
      ['add', 87, '初报', '张三', '填报'],
    ]);
    expect(s.progress.grid(plan.planId, '2025-Q3').rows.find((r) => r.targetId === id)!.cell).toBeNull();
  });

  it('clearing a value but keeping its note leaves the note', () => {
    const id = plan.targets.schools;
    s.progress.setValue({ targetId: id, period: '2025-Q2', value: 6, note: '两所已封顶' });
    s.progress.setValue({ targetId: id, period: '2025-Q2', value: null });
    const cell = s.progress.grid(plan.planId, '2025-Q2').rows.find((r) => r.targetId === id)!.cell;
    expect(cell).toMatchObject({ value: null, note: '两所已封顶' });
  });

  it('refuses a bad period, a period not yet begun, an unknown target and a non-number, writing nothing', async () => {
    const count = () => s.db.prepare('SELECT count(*) FROM measurements').pluck().get();
    expect(() => s.progress.setValue({ targetId: plan.targets.bases, period: '2025-Q5', value: 1 })).toThrow(
      '期间“2025-Q5”无效，应写作 2025-Q1（季度，Q1 至 Q4）或 2025-03（月份，01 至 12）。',
    );
    expect(() => s.progress.setValue({ targetId: plan.targets.bases, period: '2026-Q1', value: 1 })).toThrow('2026年第一季度还没有开始，不能填报实际值。');
    expect(() => s.progress.setValue({ targetId: 9999, period: '2025-Q1', value: 1 })).toThrow('找不到编号为 9999 的指标，它可能已被删除。');
    const d = createDispatcher(s);
    const r = await d.dispatch('progress.set', { targetId: plan.targets.bases, period: '2025-Q1', value: '约九成' });
    expect(r).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '输入内容不符合要求：填报值必须是数字。' } });
    const p = await d.dispatch('progress.set', { targetId: plan.targets.bases, period: '第三季度', value: 3 });
    expect(p.ok ? '' : p.error.message).toContain('期间“第三季度”无效');
    expect(count()).toBe(0);
  });

  it('a target of a plan in the 回收站 cannot be filled in', () => {
    s.plans.delete(plan.planId);
    expect(() => s.progress.setValue({ targetId: plan.targets.bases, period: '2025-Q1', value: 1 })).toThrow('找不到编号为');
  });
});

describe('the plan’s status as of a date', () => {
  it('at the end of Q3: counts, sections by their labels, and units', () => {
    enterThreeQuarters();
    const st = s.progress.status(plan.planId, '2025-09-30');
    expect(st.date).toBe('2025-09-30');
    expect(st.counts).toEqual({ 已完成: 1, 正常推进: 2, 滞后: 1, 逾期: 1, 未开始: 0, 无数据: 0 });
    expect(st.sections.map((x) => [x.label, x.title, x.status, x.total])).toEqual([
      ['一、', '坚持立德树人，加强思想政治教育', '滞后', 2],
      ['二、', '优化资源配置，办好人民满意的教育', '逾期', 3],
    ]);
    expect(st.units.map((u) => [u.name, u.status, u.total])).toEqual([
      ['发展规划科', '逾期', 1],
      ['各区县教育局', '正常推进', 2],
      ['基础教育科', '正常推进', 1],
      ['思政科', '滞后', 1],
      ['体卫艺科', '正常推进', 1],
      ['职业教育科', '已完成', 1],
    ]);
    const schools = st.targets.find((t) => t.id === plan.targets.schools)!;
    expect(schools).toMatchObject({ status: '逾期', latest: { period: '2025-Q3', value: 9 }, deadline: '2025-08-31', target: { text: '≥11所' } });
    expect(schools.items).toEqual([{ uid: 'item-3', label: '3.', lead: '新建改扩建中小学11所。' }]);
    expect(st.items.filter((i) => i.status === '滞后' || i.status === '逾期').map((i) => [i.label, i.units, i.deadline])).toEqual([
      ['1.', ['思政科'], '2025-12-31'],
      ['3.', ['发展规划科'], '2025-08-31'],
    ]);
  });

  it('looking back at the end of Q2 ignores the Q3 values', () => {
    enterThreeQuarters();
    const st = s.progress.status(plan.planId, '2025-06-30');
    const byId = new Map(st.targets.map((t) => [t.id, t]));
    expect(byId.get(plan.targets.bases)).toMatchObject({ status: '正常推进', latest: { period: '2025-Q2', value: 20 } });
    expect(byId.get(plan.targets.schools)).toMatchObject({ status: '滞后', latest: { period: '2025-Q2', value: 6 } });
    expect(byId.get(plan.targets.alliances)!.status).toBe('正常推进');
  });

  it('before anything is entered, targets are 未开始 in February and 无数据 in May', () => {
    expect(s.progress.status(plan.planId, '2025-02-10').counts['未开始']).toBe(5);
    expect(s.progress.status(plan.planId, '2025-05-10').counts['无数据']).toBe(5);
  });

  it('the lag setting changes what counts as 滞后', () => {
    enterThreeQuarters();
    expect(s.progress.status(plan.planId, '2025-09-30').counts['滞后']).toBe(1);
    s.progress.saveLagTolerance(0.2);
    expect(s.progress.lagTolerance()).toBe(0.2);
    expect(s.progress.status(plan.planId, '2025-09-30').counts['滞后']).toBe(0);
  });

  it('a target whose item was removed from the document counts for the plan but no section', () => {
    enterThreeQuarters();
    s.db.prepare("DELETE FROM outline_nodes WHERE id = 'item-5'").run(); // as a save without the item does
    const st = s.progress.status(plan.planId, '2025-09-30');
    expect(st.total).toBe(5);
    expect(st.sections[1]!.total).toBe(2);
    expect(st.targets.at(-1)).toMatchObject({ id: plan.targets.alliances, items: [] });
  });

  it('defaults to today (the clock) and refuses a date that does not exist', () => {
    expect(s.progress.status(plan.planId).date).toBe('2025-10-08');
    expect(() => s.progress.status(plan.planId, '2025-02-30')).toThrow('统计日期“2025-02-30”无效');
  });
});

describe('the 填报 grid and the 看板', () => {
  it('the grid for a quarter lists every target in document order with that quarter’s value and the one before', () => {
    enterThreeQuarters();
    const g = s.progress.grid(plan.planId, '2025-Q3');
    expect(g.rows.map((r) => [r.sectionLabel, r.items.map((i) => i.label).join(), r.name, r.targetText, r.cell?.value, r.previous?.value])).toEqual([
      ['一、', '1.', '首课教育基地', '≥50个', 30, 20],
      ['一、', '2.', '幼儿园招生“一网通办”覆盖率', '≥90%', 88, 86],
      ['二、', '3.', '新建改扩建中小学', '≥11所', 9, 6],
      ['二、', '4.', '儿童青少年近视率', '≤50%', 51.2, 52],
      ['二、', '5.', '市域产教联合体', '2—3个', 2, 1],
    ]);
    expect(g.rows[0]!.cell).toMatchObject({ enteredBy: '张三', enteredAt: '2025-10-08T02:00:00.000Z' });
    expect(g.units).toContain('各区县教育局');
    const month = s.progress.grid(plan.planId, '2025-08');
    expect(month.rows.every((r) => r.cell === null)).toBe(true);
    expect(month.rows[0]!.previous).toEqual({ period: '2025-Q2', value: 20 });
  });

  it('the 看板 gives each target’s values over the periods ended by the date', () => {
    enterThreeQuarters();
    const d = s.progress.dashboard(plan.planId, '2025-06-30');
    expect(d.series.find((x) => x.targetId === plan.targets.myopia)!.points).toEqual([
      { period: '2025-Q1', value: 53.5 },
      { period: '2025-Q2', value: 52 },
    ]);
    expect(d.plan).toMatchObject({ year: 2025, title: '泰安市教育局2025年工作要点' });
  });
});

describe('the 落实情况报告 data', () => {
  it('is titled by the quarter and has a table per section with latest values, statuses and notes', () => {
    enterThreeQuarters();
    s.progress.setValue({ targetId: plan.targets.schools, period: '2025-Q3', value: 9, note: '2所因征地延期' });
    const r = s.progress.report(plan.planId, '2025-09-30');
    expect(r.title).toBe('2025年第三季度工作要点落实情况');
    expect(r.asOfLabel).toBe('截至2025年9月30日');
    expect(r.summary).toBe('共5项指标，已完成1项（20%），正常推进2项，滞后1项，逾期1项。');
    expect(r.sections.map((x) => [x.label, x.rows.length])).toEqual([
      ['一、', 2],
      ['二、', 3],
    ]);
    expect(r.sections.map((x) => [x.status, x.counts['已完成'], x.counts['滞后'], x.counts['逾期']])).toEqual([
      ['滞后', 0, 1, 0],
      ['逾期', 1, 0, 1],
    ]);
    expect(r.sections[1]!.rows[0]).toEqual({
      itemUid: 'item-3',
      itemLabel: '3.',
      itemLead: '新建改扩建中小学11所。',
      indicator: '新建改扩建中小学',
      target: '≥11所',
      latest: '9所',
      period: '2025-Q3',
      latestPeriod: '2025年第三季度',
      status: '逾期',
      note: '2所因征地延期',
    });
    expect(s.progress.report(plan.planId, '2025-08-15').title).toBe('2025年工作要点落实情况（截至2025年8月15日）');
    expect(s.progress.report(plan.planId, '2026-01-10').title).toBe('2025年工作要点落实情况（截至2026年1月10日）');

    // A target whose item left the document is still reported, in a table of its own.
    s.db.prepare("DELETE FROM outline_nodes WHERE id = 'item-5'").run();
    const after = s.progress.report(plan.planId, '2025-12-31');
    expect(after.title).toBe('2025年第四季度工作要点落实情况');
    expect(after.sections.at(-1)).toMatchObject({ label: '', title: '未关联条目的指标', rows: [{ itemLabel: '', indicator: '市域产教联合体', latest: '2个' }] });
    expect(s.progress.report(plan.planId, '2025-08-31').title).toBe('2025年8月工作要点落实情况');
  });
});

describe('notes and sources', () => {
  it('a note or source can be changed without sending the value, which stays', () => {
    const id = plan.targets.bases;
    s.progress.setValue({ targetId: id, period: '2025-Q3', value: 30 });
    const cell = s.progress.setValue({ targetId: id, period: '2025-Q3', note: '含在建3个' });
    expect(cell).toMatchObject({ value: 30, note: '含在建3个' });
    s.progress.setValue({ targetId: id, period: '2025-Q3', source: '思政科台账' });
    expect(s.progress.history(id, '2025-Q3').map((h) => [h.action, h.value, h.note, h.source])).toEqual([
      ['edit', 30, '含在建3个', '思政科台账'],
      ['edit', 30, '含在建3个', ''],
      ['add', 30, '', ''],
    ]);
  });
});
