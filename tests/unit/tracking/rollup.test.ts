import { describe, expect, it } from 'vitest';
import { formatNumber, formatShare, formatTarget, formatValue, parseMeasuredValue } from '../../../shared/tracking/format';
import { completedShare, rollUp, worstStatus, countStatuses, type OutlineNodeRef } from '../../../shared/tracking/rollup';

const node = (uid: string, level: 1 | 2 | 3 | 4, parentUid: string | null, label: string, units: string[] = [], responsible: string[] = []): OutlineNodeRef => ({
  uid,
  level,
  parentUid,
  label,
  lead: `${label}标题`,
  units: { lead: units, responsible },
});

const outline = [
  node('s1', 1, null, '一、'),
  node('s1a', 2, 's1', '（一）'),
  node('i1', 3, 's1a', '1.', ['基础教育科']),
  node('i1a', 4, 'i1', '（1）'),
  node('i2', 3, 's1a', '2.', ['基础教育科'], ['各区县教育局']),
  node('s2', 1, null, '二、'),
  node('i3', 3, 's2', '3.', ['职业教育科']),
  node('s3', 1, null, '三、'),
];

describe('roll-ups of items, sections and units', () => {
  // Units are listed in pinyin order, as a Chinese office sorts names.
  it('a section takes the worst status of the targets under it and counts each target once', () => {
    const r = rollUp(outline, [
      { id: 1, status: '已完成', itemUids: ['i1'], leadUnit: null },
      { id: 2, status: '滞后', itemUids: ['i1', 'i2'], leadUnit: null },
      { id: 3, status: '正常推进', itemUids: ['i3'], leadUnit: null },
      { id: 4, status: '逾期', itemUids: [], leadUnit: '办公室' },
    ]);
    expect(r.sections.map((s) => [s.label, s.status, s.counts['已完成'], s.counts['滞后'], s.targetIds.length])).toEqual([
      ['一、', '滞后', 1, 1, 2],
      ['二、', '正常推进', 0, 0, 1],
      ['三、', null, 0, 0, 0],
    ]);
    expect(r.nodes.get('i1')!.status).toBe('滞后');
    expect(r.nodes.get('s1a')!.targetIds).toEqual([1, 2]);
    // The unlinked overdue target counts for the plan and its lead unit, in no section.
    expect(r.counts['逾期']).toBe(1);
    expect(r.units.map((u) => [u.name, u.targetIds])).toEqual([
      ['办公室', [4]],
      ['各区县教育局', [2]],
      ['基础教育科', [1, 2]],
      ['职业教育科', [3]],
    ]);
  });

  it('a subitem without units is counted for its item’s units', () => {
    const r = rollUp(outline, [{ id: 7, status: '无数据', itemUids: ['i1a'], leadUnit: null }]);
    expect(r.units.map((u) => u.name)).toEqual(['基础教育科']);
    expect(r.nodes.get('i1')!.status).toBe('无数据');
    expect(r.sections[0]!.status).toBe('无数据');
  });

  it('worst-of runs 逾期, 滞后, 无数据, 未开始, 正常推进, 已完成', () => {
    expect(worstStatus(countStatuses(['已完成', '正常推进']))).toBe('正常推进');
    expect(worstStatus(countStatuses(['已完成', '未开始', '正常推进']))).toBe('未开始');
    expect(worstStatus(countStatuses(['未开始', '无数据']))).toBe('无数据');
    expect(worstStatus(countStatuses(['无数据', '滞后']))).toBe('滞后');
    expect(worstStatus(countStatuses(['滞后', '逾期', '已完成']))).toBe('逾期');
    expect(worstStatus(countStatuses([]))).toBeNull();
  });

  it('completion is the share of targets 已完成', () => {
    expect(completedShare(countStatuses(['已完成', '已完成', '滞后']))).toBeCloseTo(2 / 3);
    expect(formatShare(2 / 3)).toBe('66.7%');
    expect(completedShare(countStatuses([]))).toBe(0);
  });
});

describe('values and targets as printed', () => {
  it('prints targets the way the plans write them', () => {
    expect(formatTarget({ target: 90, targetMax: null, comparator: '≥' }, '%')).toBe('≥90%');
    expect(formatTarget({ target: 90, targetMax: null, comparator: '以上' }, '%')).toBe('90%以上');
    expect(formatTarget({ target: 50, targetMax: null, comparator: '以内' }, '%')).toBe('50%以内');
    expect(formatTarget({ target: 100, targetMax: null, comparator: '=' }, '%')).toBe('100%');
    expect(formatTarget({ target: 2, targetMax: 3, comparator: '区间' }, '个')).toBe('2—3个');
    expect(formatTarget({ target: null, targetMax: null, comparator: '≥' }, '%')).toBe('待定');
    expect(formatValue(3.03, '亿元')).toBe('3.03亿元');
    expect(formatNumber(87.479452)).toBe('87.48');
  });

  it('reads typed values, full-width digits, percent signs and thousands separators included', () => {
    expect(parseMeasuredValue('90')).toEqual({ ok: true, value: 90 });
    expect(parseMeasuredValue(' 92.5% ')).toEqual({ ok: true, value: 92.5 });
    expect(parseMeasuredValue('１２')).toEqual({ ok: true, value: 12 });
    expect(parseMeasuredValue('1,200')).toEqual({ ok: true, value: 1200 });
    expect(parseMeasuredValue('-3.5')).toEqual({ ok: true, value: -3.5 });
    expect(parseMeasuredValue('约九成')).toEqual({ ok: false, message: '“约九成”不是数字。' });
    expect(parseMeasuredValue('1e5')).toEqual({ ok: false, message: '“1e5”不是数字。' });
    expect(parseMeasuredValue('')).toEqual({ ok: false, message: '没有填写数值。' });
  });
});
