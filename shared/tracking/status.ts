// The status of a target as of a date, derived from its measurements; never stored.
//
// Rules, in the order they are tried:
//   无数据    the target has no value to reach (a placeholder such as xx%).
//   已完成    the latest value that counts meets the target by its comparator (and direction for =).
//   逾期      the deadline (default: the plan's year end) has passed and the target is not met.
//   未开始    nothing counts yet and the first reporting quarter of the plan has not ended.
//   无数据    nothing counts yet although a quarter has ended.
//   滞后      the latest value trails the straight line from baseline (at the line's start) to
//             target (at the deadline) by more than `lagTolerance` of the distance baseline->target.
//             The line is read at the end of the last period (of the value's kind) ended by the
//             status date: a Q3 value on track stays on track until Q4 is due, and a Q1 value
//             still the latest in October is judged against the end of Q3.
//   正常推进  otherwise.
// A value counts when its period ended on or before the status date. Without a baseline a
// higher-is-better target is drawn from 0 (counts such as 新建11所 start from nothing); a
// lower-is-better one has no line and is never 滞后.
import { deadlineDate } from './deadline';
import { formatNumber } from './format';
import { dateLabel, dayNumber, lastEndedPeriod, parsePeriod, periodEnd, periodEndOf, periodOfDate } from './period';

export const TARGET_STATUSES = ['已完成', '正常推进', '滞后', '逾期', '未开始', '无数据'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const COMPARATORS = ['≥', '≤', '=', '>', '<', '以上', '以内', '区间'] as const;
export type Comparator = (typeof COMPARATORS)[number];
export type Direction = 'higher' | 'lower';

/** Share of the distance baseline->target a value may trail the line before it is 滞后. */
export const DEFAULT_LAG_TOLERANCE = 0.1;

export interface TargetSpec {
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  /** Upper end of a range (comparator 区间). */
  targetMax: number | null;
  comparator: Comparator;
  direction: Direction;
  /** As stored: YYYY-MM-DD as a rule; '' = the plan's year end. */
  deadline: string;
}

export interface MeasuredValue {
  /** 2025-Q1 or 2025-03. */
  period: string;
  value: number | null;
}

export interface StatusContext {
  planYear: number;
  /** The status date, YYYY-MM-DD. */
  asOf: string;
  lagTolerance?: number;
}

export interface LatestValue {
  period: string;
  value: number;
}

export interface TargetProgress {
  status: TargetStatus;
  /** One Chinese sentence saying why. */
  reason: string;
  /** The value that counts as of the date, or null. */
  latest: LatestValue | null;
  /** The straight line's value where the latest value is judged (see `judgedAt`), or null when there is no line. */
  expected: number | null;
  /** The day the latest value is compared with the line: the end of the last period of its kind ended by the status date. */
  judgedAt: string;
  /** How far from baseline to target the latest value has come, 0..1, or null. */
  completion: number | null;
  /** The effective deadline, YYYY-MM-DD. */
  deadline: string;
}

const EPSILON = 1e-9;

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether a value meets the target: ≥/以上 and ≤/以内 include the number; = is met within rounding or beyond it in the good direction. */
export function isMet(spec: Pick<TargetSpec, 'target' | 'targetMax' | 'comparator' | 'direction'>, value: number): boolean {
  const t = spec.target;
  if (t === null) return false;
  switch (spec.comparator) {
    case '≥':
    case '以上':
      return value > t || near(value, t);
    case '>':
      return value > t && !near(value, t);
    case '≤':
    case '以内':
      return value < t || near(value, t);
    case '<':
      return value < t && !near(value, t);
    case '=':
      return near(value, t) || (spec.direction === 'higher' ? value > t : value < t);
    case '区间': {
      const max = spec.targetMax ?? t;
      const [lo, hi] = t <= max ? [t, max] : [max, t];
      return (value > lo || near(value, lo)) && (value < hi || near(value, hi));
    }
  }
}

/** Comparators that ask for a value at most the target: their good direction is down. */
function pointsDown(spec: Pick<TargetSpec, 'comparator' | 'direction'>): boolean {
  if (spec.comparator === '≤' || spec.comparator === '<' || spec.comparator === '以内') return true;
  if (spec.comparator === '≥' || spec.comparator === '>' || spec.comparator === '以上') return false;
  return spec.direction === 'lower';
}

/** The value the line runs to: the target, or for a range the end nearest the start. */
function goalValue(spec: TargetSpec, start: number | null): number | null {
  const t = spec.target;
  if (t === null) return null;
  if (spec.comparator !== '区间') return t;
  const max = spec.targetMax ?? t;
  const [lo, hi] = t <= max ? [t, max] : [max, t];
  if (start !== null) return start > hi ? hi : lo;
  return spec.direction === 'lower' ? hi : lo;
}

/** Where the line starts: the baseline; else 0 for a target that is reached by counting up. */
function startValue(spec: TargetSpec): number | null {
  if (spec.baseline !== null) return spec.baseline;
  return pointsDown(spec) ? null : 0;
}

/** The day the line starts: the end of the baseline year, at the latest the eve of the plan's year. */
export function lineStartDate(spec: Pick<TargetSpec, 'baselineYear'>, planYear: number): string {
  const year = spec.baselineYear !== null && spec.baselineYear < planYear ? spec.baselineYear : planYear - 1;
  return `${year}-12-31`;
}

/** The effective deadline: the stored one when it reads as a date, else the plan's year end. */
export function effectiveDeadline(spec: Pick<TargetSpec, 'deadline'>, planYear: number): string {
  const key = `${planYear} ${spec.deadline}`;
  let date = deadlines.get(key);
  if (date === undefined) {
    date = deadlineDate(spec.deadline, planYear) ?? `${planYear}-12-31`;
    if (deadlines.size < 10_000) deadlines.set(key, date);
  }
  return date;
}
// A plan's targets share a handful of deadlines; reading each once keeps a 2,000-target status fast.
const deadlines = new Map<string, string>();

/**
 * The latest value of a target: the one of the latest period (by when periods end, never by their
 * text: 2025-Q1 is earlier than 2025-12). With `asOf`, only periods ended by then count (a status);
 * without, every value counts (the latest known value, e.g. the next year's baseline).
 */
export function latestValue(measurements: readonly MeasuredValue[], asOf?: string): LatestValue | null {
  let best: { end: string; month: boolean; m: LatestValue } | null = null;
  for (const m of measurements) {
    if (m.value === null || !Number.isFinite(m.value)) continue;
    const end = periodEndOf(m.period);
    if (end === null || (asOf !== undefined && end > asOf)) continue;
    const month = parsePeriod(m.period)!.kind === 'month';
    // A later entry for an equally late period wins; at the same end a quarter wins over its last month.
    if (!best || end > best.end || (end === best.end && !(month && !best.month))) best = { end, month, m: { period: m.period, value: m.value } };
  }
  return best?.m ?? null;
}

/** The straight line from (start, baseline) to (deadline, goal), read at `date`. */
export function expectedValue(spec: TargetSpec, ctx: StatusContext, date: string = ctx.asOf): number | null {
  const from = startValue(spec);
  const to = goalValue(spec, from);
  if (from === null || to === null) return null;
  const start = dayNumber(lineStartDate(spec, ctx.planYear));
  const end = dayNumber(effectiveDeadline(spec, ctx.planYear));
  const at = dayNumber(date);
  const fraction = end <= start ? (at >= end ? 1 : 0) : Math.min(1, Math.max(0, (at - start) / (end - start)));
  return from + (to - from) * fraction;
}

function completionOf(spec: TargetSpec, value: number, met: boolean): number | null {
  if (met) return 1;
  const from = startValue(spec);
  const to = goalValue(spec, from);
  if (from === null || to === null) return null;
  if (near(from, to)) return 0;
  return Math.min(1, Math.max(0, (value - from) / (to - from)));
}

/** The day by which the first value of the plan is due: the end of the line's first quarter. */
function firstReportDue(spec: TargetSpec, planYear: number): string {
  const start = lineStartDate(spec, planYear);
  const nextYear = Number(start.slice(0, 4)) + 1;
  return periodEnd(periodOfDate(`${nextYear}-01-01`, 'quarter'));
}


/** Where a value of this period is compared with the line as of `asOf`. */
function judgeDate(period: string | null, asOf: string): string {
  const kind = (period ? parsePeriod(period)?.kind : undefined) ?? 'quarter';
  const key = `${kind} ${asOf}`;
  let date = judgeDates.get(key);
  if (date === undefined) {
    date = periodEnd(lastEndedPeriod(asOf, kind));
    if (judgeDates.size < 10_000) judgeDates.set(key, date);
  }
  return date;
}
const judgeDates = new Map<string, string>();

export function targetProgress(spec: TargetSpec, measurements: readonly MeasuredValue[], ctx: StatusContext): TargetProgress {
  const deadline = effectiveDeadline(spec, ctx.planYear);
  const latest = latestValue(measurements, ctx.asOf);
  const judgedAt = judgeDate(latest?.period ?? null, ctx.asOf);
  const expected = spec.target === null ? null : expectedValue(spec, ctx, judgedAt);
  const base = { latest, expected, judgedAt, deadline };
  if (spec.target === null) {
    return { ...base, status: '无数据', reason: '目标值尚未确定，无法判断进度。', completion: null };
  }
  const met = latest !== null && isMet(spec, latest.value);
  const completion = latest === null ? null : completionOf(spec, latest.value, met);
  const result = (status: TargetStatus, reason: string): TargetProgress => ({ ...base, status, reason, completion });
  if (met) return result('已完成', `最新值 ${formatNumber(latest!.value)} 已达到目标。`);
  if (ctx.asOf > deadline) {
    return result('逾期', latest ? `已过完成时限，最新值 ${formatNumber(latest.value)} 未达到目标。` : '已过完成时限，仍没有填报数据。');
  }
  if (!latest) {
    return ctx.asOf < firstReportDue(spec, ctx.planYear)
      ? result('未开始', '第一个填报季度尚未结束，还没有应填报的数据。')
      : result('无数据', '已到填报时间，还没有填报数据。');
  }
  const from = startValue(spec);
  const to = goalValue(spec, from);
  if (expected !== null && from !== null && to !== null) {
    const sign = near(from, to) ? (pointsDown(spec) ? -1 : 1) : Math.sign(to - from);
    const shortfall = sign * (expected - latest.value);
    const allowed = (ctx.lagTolerance ?? DEFAULT_LAG_TOLERANCE) * Math.abs(to - from);
    if (shortfall > allowed && !near(shortfall, allowed)) {
      return result('滞后', `最新值 ${formatNumber(latest.value)} 落后于按时间进度截至 ${dateLabel(judgedAt)} 应达到的 ${formatNumber(expected)}。`);
    }
  }
  return result('正常推进', `最新值 ${formatNumber(latest.value)}，按进度推进。`);
}
