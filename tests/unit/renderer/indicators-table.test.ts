import { describe, expect, it } from 'vitest';
import type { Target } from '../../../shared/api/indicators';
import { applyFilters, applySort, NO_FILTERS, parseNumberInput, parseTargetInput, parseYearInput } from '../../../renderer/src/indicators/tableModel';

const target = (id: number, over: Partial<Target>): Target => ({
  id,
  planId: 'p',
  indicatorId: id,
  name: `指标${id}`,
  unit: '个',
  attribute: '预期性',
  direction: 'higher',
  baseline: null,
  baselineYear: null,
  target: 1,
  targetMax: null,
  comparator: '≥',
  deadline: '',
  sourceSentence: '',
  group: '',
  leadUnit: '',
  placeholder: false,
  items: [],
  createdAt: '',
  updatedAt: '',
  ...over,
});

const list = [
  target(1, { name: '首课教育基地', target: 50, items: [{ uid: 'i4', label: '4.', lead: '', sectionUid: 's2' }], deadline: '2024-12-31' }),
  target(2, { name: '覆盖率', unit: '%', target: 90, items: [{ uid: 'i8', label: '8.', lead: '', sectionUid: 's3' }] }),
  target(3, { name: '学前教育毛入园率', unit: '%', target: 99, attribute: '约束性', group: '基础教育' }),
  target(4, { name: '投资', unit: '亿元', target: 3.03, items: [{ uid: 'i20', label: '20.', lead: '', sectionUid: 's7' }], deadline: '2024-12-31', leadUnit: '计划财务科' }),
];

describe('filtering the 指标总表', () => {
  it('by section, unit, 属性, no item, and words', () => {
    const ids = (f: Partial<typeof NO_FILTERS>) => applyFilters(list, { ...NO_FILTERS, ...f }).map((t) => t.id);
    expect(ids({})).toEqual([1, 2, 3, 4]);
    expect(ids({ section: 's3' })).toEqual([2]);
    expect(ids({ unit: '%' })).toEqual([2, 3]);
    expect(ids({ attribute: '约束性' })).toEqual([3]);
    expect(ids({ unassigned: true })).toEqual([3]);
    expect(ids({ text: '财务' })).toEqual([4]);
    expect(ids({ text: '基础教育', unit: '%' })).toEqual([3]);
  });
});

describe('sorting the 指标总表', () => {
  it('keeps document order by default, sorts by value both ways, and leaves empty deadlines at the bottom', () => {
    expect(applySort(list, { key: 'item', dir: 'asc' }).map((t) => t.id)).toEqual([1, 2, 3, 4]);
    expect(applySort(list, { key: 'target', dir: 'asc' }).map((t) => t.id)).toEqual([4, 1, 2, 3]);
    expect(applySort(list, { key: 'target', dir: 'desc' }).map((t) => t.id)).toEqual([3, 2, 1, 4]);
    expect(applySort(list, { key: 'deadline', dir: 'desc' }).map((t) => t.id)).toEqual([1, 4, 2, 3]);
  });
});

describe('reading what is typed into a cell', () => {
  it('accepts 90, 90%, full-width digits; empty or xx means to be filled in; words are refused in Chinese', () => {
    expect(parseNumberInput('90', '目标值')).toBe(90);
    expect(parseNumberInput(' 90% ', '目标值')).toBe(90);
    expect(parseNumberInput('９０．５', '目标值')).toBe(90.5);
    expect(parseNumberInput('', '目标值')).toBeNull();
    expect(parseNumberInput('xx', '目标值')).toBeNull();
    expect(() => parseNumberInput('五十', '目标值')).toThrow('目标值必须是数字，如 90 或 3.03。');
  });

  it('a range typed as 2—3 makes the comparator 区间; a single number under 区间 is refused', () => {
    expect(parseTargetInput('2—3', '≥')).toEqual({ target: 2, targetMax: 3, comparator: '区间' });
    expect(parseTargetInput('2-3', '区间')).toEqual({ target: 2, targetMax: 3, comparator: '区间' });
    expect(parseTargetInput('95', '≥')).toEqual({ target: 95, targetMax: null, comparator: '≥' });
    expect(parseTargetInput('-5', '≤')).toEqual({ target: -5, targetMax: null, comparator: '≤' });
    expect(() => parseTargetInput('3—2', '区间')).toThrow('区间的上限不能小于下限。');
    expect(() => parseTargetInput('3', '区间')).toThrow('区间请填写上下限');
  });

  it('a baseline year is four digits', () => {
    expect(parseYearInput('2023')).toBe(2023);
    expect(parseYearInput('2023年')).toBe(2023);
    expect(parseYearInput('')).toBeNull();
    expect(() => parseYearInput('23')).toThrow('基期年份应为四位年份');
  });
});
