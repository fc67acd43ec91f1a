import { describe, expect, it } from 'vitest';
import { expectedValue, isMet, latestValue, targetProgress, type MeasuredValue, type TargetSpec } from '../../../shared/tracking/status';

const PLAN_YEAR = 2025;
const Q3_END = '2025-09-30';

/** 毛入园率 from 80% (2024) to ≥90% by the year end. */
const higher: TargetSpec = { baseline: 80, baselineYear: 2024, target: 90, targetMax: null, comparator: '≥', direction: 'higher', deadline: '' };
/** 近视率 控制在50%以内, from 54% (2024). */
const lower: TargetSpec = { baseline: 54, baselineYear: 2024, target: 50, targetMax: null, comparator: '以内', direction: 'lower', deadline: '' };

const q = (...values: (number | null)[]): MeasuredValue[] => values.map((value, i) => ({ period: `2025-Q${i + 1}`, value }));
const status = (spec: TargetSpec, m: MeasuredValue[], asOf = Q3_END, lagTolerance?: number) =>
  targetProgress(spec, m, { planYear: PLAN_YEAR, asOf, lagTolerance });

describe('met by comparator and direction', () => {
  it('≥ and 以上 include the target; > does not', () => {
    for (const c of ['≥', '以上'] as const) {
      expect(isMet({ ...higher, comparator: c }, 90)).toBe(true);
      expect(isMet({ ...higher, comparator: c }, 95)).toBe(true);
      expect(isMet({ ...higher, comparator: c }, 89.99)).toBe(false);
    }
    expect(isMet({ ...higher, comparator: '>', target: 85 }, 85)).toBe(false);
    expect(isMet({ ...higher, comparator: '>', target: 85 }, 85.1)).toBe(true);
  });

  it('≤ and 以内 include the target; < does not', () => {
    for (const c of ['≤', '以内'] as const) {
      expect(isMet({ ...lower, comparator: c }, 50)).toBe(true);
      expect(isMet({ ...lower, comparator: c }, 48)).toBe(true);
      expect(isMet({ ...lower, comparator: c }, 50.01)).toBe(false);
    }
    expect(isMet({ ...lower, comparator: '<', target: 5 }, 5)).toBe(false);
    expect(isMet({ ...lower, comparator: '<', target: 5 }, 4.9)).toBe(true);
  });

  it('= (稳定在) is met at the value, or beyond it in the good direction', () => {
    const keep: TargetSpec = { ...higher, comparator: '=', target: 100 };
    expect(isMet(keep, 100)).toBe(true);
    expect(isMet(keep, 0.1 + 0.2 + 99.7)).toBe(true); // floating point noise is still 100
    expect(isMet(keep, 99.9)).toBe(false);
    const keepLow: TargetSpec = { ...lower, comparator: '=', target: 20 };
    expect(isMet(keepLow, 19)).toBe(true);
    expect(isMet(keepLow, 21)).toBe(false);
  });

  it('a range (2—3个) is met anywhere between its ends, ends included', () => {
    const range: TargetSpec = { ...higher, baseline: 0, comparator: '区间', target: 2, targetMax: 3 };
    expect([1, 2, 2.5, 3, 4].map((v) => isMet(range, v))).toEqual([false, true, true, true, false]);
  });

  it('a target without a value is never met', () => {
    expect(isMet({ ...higher, target: null }, 100)).toBe(false);
  });
});

describe('status of a higher-is-better target (毛入园率 80% -> ≥90%)', () => {
  it('is 已完成 once the latest value reaches the target, and stays so when it goes beyond', () => {
    expect(status(higher, q(84, 88, 90)).status).toBe('已完成');
    expect(status(higher, q(84, 88, 93)).status).toBe('已完成');
  });

  it('the straight line at the end of Q3 is about 87.5, and trailing it by more than 1 point is 滞后', () => {
    expect(expectedValue(higher, { planYear: PLAN_YEAR, asOf: Q3_END })).toBeCloseTo(87.48, 2);
    expect(status(higher, q(84, 86, 86.6)).status).toBe('正常推进');
    const behind = status(higher, q(84, 86, 86.2));
    expect(behind.status).toBe('滞后');
    expect(behind.reason).toContain('落后');
    expect(behind.completion).toBeCloseTo(0.62, 2);
  });

  it('a value ahead of the line is 正常推进', () => {
    expect(status(higher, q(89)).status).toBe('正常推进');
  });

  it('the lag setting moves the line: 20% tolerates what 10% does not', () => {
    expect(status(higher, q(84, 86, 86.0)).status).toBe('滞后');
    expect(status(higher, q(84, 86, 86.0), Q3_END, 0.2).status).toBe('正常推进');
  });
});

describe('status of a lower-is-better target (近视率 控制在50%以内 from 54%)', () => {
  it('is 已完成 at or below the target', () => {
    expect(status(lower, q(53, 51, 50)).status).toBe('已完成');
    expect(status(lower, q(53, 51, 48)).status).toBe('已完成');
  });

  it('falling along the line is 正常推进; staying high is 滞后; rising is 滞后', () => {
    // The line runs 54 -> 50; at the end of Q3 it is at about 51.0, with 0.4 of slack.
    expect(status(lower, q(53, 52, 51.3)).status).toBe('正常推进');
    expect(status(lower, q(53, 52, 51.6)).status).toBe('滞后');
    expect(status(lower, q(55, 56, 57)).status).toBe('滞后');
  });

  it('a ≤ target with no baseline has no line and is never 滞后', () => {
    expect(status({ ...lower, baseline: null, baselineYear: null }, q(60, 61, 62)).status).toBe('正常推进');
  });
});

describe('every comparator drives the line in its own direction', () => {
  it('≤ with a higher-is-better indicator still counts down (生师比 不高于15 from 18)', () => {
    const ratio: TargetSpec = { ...higher, baseline: 18, target: 15, comparator: '≤' };
    expect(status(ratio, q(17.5, 17, 16)).status).toBe('正常推进');
    expect(status(ratio, q(18, 18, 18)).status).toBe('滞后');
    expect(status(ratio, q(17, 16, 15)).status).toBe('已完成');
  });

  it('> and < behave like ≥ and ≤ on the line', () => {
    expect(status({ ...higher, comparator: '>' }, q(84, 86, 87)).status).toBe('正常推进');
    expect(status({ ...higher, comparator: '>' }, q(84, 86, 90)).status).toBe('正常推进'); // 90 is not > 90
    expect(status({ ...higher, comparator: '>' }, q(84, 86, 90), '2026-01-01').status).toBe('逾期');
    expect(status({ ...lower, comparator: '<' }, q(53, 52, 49.9)).status).toBe('已完成');
    expect(status({ ...lower, comparator: '<' }, q(54, 54, 54)).status).toBe('滞后');
  });

  it('= (义务教育安置率稳定在100%) slipping below is 滞后 even with no distance to cover', () => {
    const keep: TargetSpec = { ...higher, baseline: 100, target: 100, comparator: '=' };
    expect(status(keep, q(100, 100, 100)).status).toBe('已完成');
    expect(status(keep, q(100, 100, 99.5)).status).toBe('滞后');
  });

  it('a range is approached from below toward its lower end, and from above toward its upper end', () => {
    const alliances: TargetSpec = { ...higher, baseline: 0, comparator: '区间', target: 2, targetMax: 3 };
    expect(status(alliances, q(0, 1, 1.5)).status).toBe('正常推进'); // line at 1.5
    expect(status(alliances, q(0, 0, 1)).status).toBe('滞后');
    expect(status(alliances, q(0, 1, 2)).status).toBe('已完成');
    const classSize: TargetSpec = { ...lower, baseline: 56, comparator: '区间', target: 45, targetMax: 50 };
    expect(expectedValue(classSize, { planYear: PLAN_YEAR, asOf: Q3_END })).toBeCloseTo(51.51, 1);
    expect(status(classSize, q(55, 53, 51.8)).status).toBe('正常推进');
    expect(status(classSize, q(56, 56, 55)).status).toBe('滞后');
    expect(status(classSize, q(55, 52, 49)).status).toBe('已完成');
  });

  it('a count without a baseline is drawn from 0 (新建改扩建中小学11所)', () => {
    const schools: TargetSpec = { baseline: null, baselineYear: null, target: 11, targetMax: null, comparator: '≥', direction: 'higher', deadline: '' };
    expect(status(schools, q(2, 5, 8)).status).toBe('正常推进');
    expect(status(schools, q(1, 2, 3)).status).toBe('滞后');
    expect(status(schools, q(1, 2, 3)).completion).toBeCloseTo(3 / 11, 5);
  });
});

describe('deadlines', () => {
  const byAugust: TargetSpec = { ...higher, deadline: '2025-08-31' };

  it('a target not met after its deadline is 逾期; on the deadline day it is not yet', () => {
    expect(status(byAugust, q(85, 86), '2025-08-31').status).toBe('滞后');
    expect(status(byAugust, q(85, 88), '2025-08-31').status).toBe('正常推进');
    expect(status(byAugust, q(85, 88), '2025-09-01').status).toBe('逾期');
    expect(status(byAugust, q(85, 90), '2025-09-01').status).toBe('已完成');
  });

  it('a written deadline (8月底前) is read in the plan year; no deadline means the year end', () => {
    expect(status({ ...higher, deadline: '8月底前' }, q(85, 88), '2025-09-01').status).toBe('逾期');
    expect(status(higher, q(85, 88, 89), '2025-12-31').status).toBe('正常推进');
    expect(status(higher, q(85, 88, 89, 89.5), '2026-01-01').status).toBe('逾期');
    expect(status(higher, [], '2026-01-01').deadline).toBe('2025-12-31');
  });

  it('a line with an earlier deadline is steeper', () => {
    // Half-way to the end of August is about mid-April.
    expect(expectedValue(byAugust, { planYear: PLAN_YEAR, asOf: '2025-04-30' })).toBeCloseTo(84.94, 1);
  });

  it('a five-year plan runs its line from the baseline year to the deadline year', () => {
    const fiveYears: TargetSpec = { ...higher, baseline: 80, baselineYear: 2020, target: 90, deadline: '2025-12-31' };
    const ctx = { planYear: 2021, asOf: '2023-06-30' };
    expect(expectedValue(fiveYears, ctx)).toBeCloseTo(85, 0);
    expect(targetProgress(fiveYears, [{ period: '2023-Q2', value: 83 }], ctx).status).toBe('滞后');
    expect(targetProgress(fiveYears, [{ period: '2023-Q2', value: 85 }], ctx).status).toBe('正常推进');
  });
});

describe('no data, and looking back', () => {
  it('before the first quarter ends nothing is due: 未开始; after it: 无数据; after the deadline: 逾期', () => {
    expect(status(higher, [], '2025-02-01').status).toBe('未开始');
    expect(status(higher, [], '2024-12-01').status).toBe('未开始');
    expect(status(higher, [], '2025-03-31').status).toBe('无数据');
    expect(status(higher, [], '2025-07-01').status).toBe('无数据');
    expect(status(higher, [], '2026-01-01').status).toBe('逾期');
    expect(status(higher, [], '2026-01-01').reason).toBe('已过完成时限，仍没有填报数据。');
  });

  it('a cleared value (null) is no value', () => {
    expect(status(higher, q(null, null, null)).status).toBe('无数据');
  });

  it('a target whose value is still a placeholder (xx%) is 无数据 whatever is entered', () => {
    const placeholder = status({ ...higher, target: null }, q(95));
    expect(placeholder.status).toBe('无数据');
    expect(placeholder.reason).toBe('目标值尚未确定，无法判断进度。');
  });

  it('only values whose period has ended by the status date count', () => {
    const m = q(84, 86, 90, 91);
    expect(status(higher, m, '2025-12-31').latest).toEqual({ period: '2025-Q4', value: 91 });
    expect(status(higher, m, '2025-09-30').latest).toEqual({ period: '2025-Q3', value: 90 });
    expect(status(higher, m, '2025-09-29').latest).toEqual({ period: '2025-Q2', value: 86 });
    expect(status(higher, m, '2025-09-29').status).toBe('正常推进');
    expect(status(higher, m, '2025-03-30').status).toBe('未开始');
  });

  it('a Q3 value on the line stays 正常推进 until Q4 is due; a stale Q1 value is judged at the end of Q3', () => {
    expect(status(higher, q(82.5, 85, 87.5), '2025-11-24').status).toBe('正常推进');
    expect(status(higher, q(82.5, 85, 87.5), '2025-11-24').judgedAt).toBe('2025-09-30');
    const stale = status(higher, q(82.5), '2025-10-15');
    expect(stale.judgedAt).toBe('2025-09-30');
    expect(stale.status).toBe('滞后');
    expect(stale.reason).toBe('最新值 82.5 落后于按时间进度截至 2025年9月30日 应达到的 87.48。');
  });

  it('months and quarters mix: the latest ended period wins', () => {
    const m: MeasuredValue[] = [
      { period: '2025-Q2', value: 85 },
      { period: '2025-08', value: 88 },
      { period: '2025-07', value: 86 },
    ];
    expect(status(higher, m, '2025-09-15').latest).toEqual({ period: '2025-08', value: 88 });
  });

  it('the latest known value (no date): by when periods end, not by their text, so 2025-12 comes after 2025-Q1', () => {
    const m: MeasuredValue[] = [
      { period: '2025-12', value: 93 },
      { period: '2025-Q1', value: 84 },
      { period: '2025-Q3', value: 89 },
    ];
    expect(latestValue(m)).toEqual({ period: '2025-12', value: 93 });
    expect(latestValue(m, '2025-11-30')).toEqual({ period: '2025-Q3', value: 89 });
    expect(latestValue([{ period: '2025-12', value: 93 }, { period: '2025-Q4', value: 94 }])).toEqual({ period: '2025-Q4', value: 94 });
    expect(latestValue([])).toBeNull();
  });
});
