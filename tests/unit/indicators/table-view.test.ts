// The cells of a 专栏 (indicator table): which targets it shows, the year columns, group rows and
// how a goal is printed. The editor and the export both draw from this view.
import { describe, expect, it } from 'vitest';
import { indicatorTableView, selectTableTargets, targetGroups, type TableTargetLike } from '../../../shared/indicators/table-view';
import { indicatorTableLabel, numberIndicatorTables } from '../../../shared/outline/numbering';
import { readIndicatorTable } from '../../../shared/outline/document';

const t = (id: number, name: string, more: Partial<TableTargetLike> = {}): TableTargetLike => ({
  id,
  name,
  unit: '%',
  group: '',
  baseline: 90,
  baselineYear: 2020,
  target: 95,
  targetMax: null,
  comparator: '≥',
  attribute: '预期性',
  deadline: '2025-12-31',
  ...more,
});

const plan = [
  t(1, '学前教育毛入园率', { group: '基础教育', baseline: 98.91, target: 99 }),
  t(2, '中等职业教育在校生', { group: '职业教育', unit: '', baseline: 371, target: 400 }),
  t(3, '学前教育普惠率', { group: '基础教育', baseline: 92.1 }),
  t(4, '儿童青少年近视率', { baseline: 54, target: 50, comparator: '≤', attribute: '约束性' }),
];

describe('a 专栏 shows the targets it names', () => {
  it('by id in the order given, skipping ids that are gone', () => {
    expect(selectTableTargets(plan, { targetIds: [3, 99, 1], groups: [] }).map((x) => x.id)).toEqual([3, 1]);
    expect(indicatorTableView(plan, { targetIds: [3, 99, 1], groups: [] }).missing).toBe(1);
  });
  it('by group when no ids are given, and every target of the plan when neither is', () => {
    expect(selectTableTargets(plan, { targetIds: [], groups: ['职业教育'] }).map((x) => x.id)).toEqual([2]);
    expect(selectTableTargets(plan, { targetIds: [], groups: [] })).toHaveLength(4);
    expect(targetGroups(plan)).toEqual(['基础教育', '职业教育']);
  });
});

describe('the rows of a 专栏', () => {
  it('put the years in the headers when all targets share them, group rows before their targets', () => {
    const v = indicatorTableView(plan, { targetIds: [1, 3, 2], groups: [] });
    expect(v.columns).toEqual(['指标名称', '2020年', '2025年', '属性']);
    expect(v.rows).toEqual([
      { kind: 'group', name: '基础教育' },
      { kind: 'target', targetId: 1, name: '学前教育毛入园率（%）', baseline: '98.91', target: '99', attribute: '预期性' },
      { kind: 'target', targetId: 3, name: '学前教育普惠率（%）', baseline: '92.1', target: '95', attribute: '预期性' },
      { kind: 'group', name: '职业教育' },
      { kind: 'target', targetId: 2, name: '中等职业教育在校生', baseline: '371', target: '400', attribute: '预期性' },
    ]);
    expect(v.count).toBe(3);
  });

  it('print a ceiling with its sign, a range with its dash, an unknown goal as a dash; ungrouped targets first', () => {
    const v = indicatorTableView(
      [...plan, t(5, '市域产教联合体', { unit: '个', baseline: null, target: 2, targetMax: 3, comparator: '区间' }), t(6, '体质健康优良率', { target: null })],
      { targetIds: [], groups: [] },
    );
    const cells = v.rows.filter((r) => r.kind === 'target').map((r) => (r.kind === 'target' ? [r.name, r.baseline, r.target] : []));
    expect(cells.slice(0, 3)).toEqual([
      ['儿童青少年近视率（%）', '54', '≤50'],
      ['市域产教联合体（个）', '—', '2—3'],
      ['体质健康优良率（%）', '90', '—'],
    ]);
    expect(v.rows[3]).toEqual({ kind: 'group', name: '基础教育' });
  });

  it('name the year under each value when the targets do not share one', () => {
    const v = indicatorTableView([t(1, '毛入园率', { baselineYear: 2019 }), t(2, '普惠率', { deadline: '2024-12-31' })], { targetIds: [], groups: [] });
    expect(v.columns).toEqual(['指标名称', '基期值', '目标值', '属性']);
    const [a, b] = v.rows;
    expect(a).toMatchObject({ baseline: '90（2019年）', target: '95（2025年）' });
    expect(b).toMatchObject({ baseline: '90（2020年）', target: '95（2024年）' });
  });
});

describe('专栏 numbers and stored fields', () => {
  it('count 专栏 in document order: 专栏一, 专栏二 … 专栏十一', () => {
    expect(numberIndicatorTables([false, true, false, true, true]).map((n) => (n ? indicatorTableLabel(n) : ''))).toEqual(['', '专栏一', '', '专栏二', '专栏三']);
    expect(indicatorTableLabel(11)).toBe('专栏十一');
  });
  it('read unreadable fields as empty: all targets, no title', () => {
    expect(readIndicatorTable({ type: 'indicator-table', title: 7, targetIds: ['1', 2, 2, -3, 1.5], groups: [' 基础教育 ', '', 3] })).toEqual({
      title: '',
      targetIds: [2],
      groups: ['基础教育'],
    });
  });
});
