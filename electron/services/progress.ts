// Tracking the year: entering measurements (填报) with their history, and a plan's status,
// 看板 and 落实情况 data as of a date. Statuses are computed here from rows on every read.
import os from 'node:os';
import type { Database } from 'better-sqlite3';
import type { Dashboard, HistoryEntry, MeasurementCell, ProgressGrid } from '../../shared/api/tracking';
import { PlanDeskError } from '../../shared/api/errors';
import { planStatus, type PlanStatus } from '../../shared/tracking/plan-status';
import { badPeriodMessage, comparePeriods, isIsoDate, localIsoDate, parsePeriod, periodEnd, periodEndOf, periodKey, periodLabel, periodStart, type Period } from '../../shared/tracking/period';
import { buildProgressReport, type ProgressReport } from '../../shared/tracking/report';
import { DEFAULT_LAG_TOLERANCE, effectiveDeadline, expectedValue, lineStartDate, targetProgress, type TargetStatus } from '../../shared/tracking/status';
import * as sql from './db/progress';
import type { OutlineService } from './outline';
import type { Clock } from './plans';

export interface SetValueInput {
  targetId: number;
  period: string;
  /** null clears the value; undefined keeps it (a note or source edit). */
  value?: number | null;
  /** undefined keeps what is there. */
  note?: string;
  source?: string;
}

/** The local account name: who entered a value. */
export function localUserName(): string {
  try {
    return os.userInfo().username || '本机用户';
  } catch {
    return '本机用户';
  }
}

function planNotFound(): PlanDeskError {
  return new PlanDeskError('NOT_FOUND', '找不到这份工作要点，它可能已被删除。');
}

function toCell(m: sql.MeasurementRow): MeasurementCell {
  return { targetId: m.targetId, period: m.period, value: m.value, note: m.note, source: m.source, enteredBy: m.enteredBy, enteredAt: m.enteredAt };
}

export class ProgressService {
  constructor(
    private readonly db: Database,
    private readonly outline: OutlineService,
    private readonly clock: Clock = () => new Date(),
    private readonly userName: () => string = localUserName,
  ) {}

  today(): string {
    return localIsoDate(this.clock());
  }

  private plan(planId: string): sql.PlanHeader {
    return sql.getPlanHeader(this.db, planId) ?? (() => { throw planNotFound(); })();
  }

  /** A target of a live plan, or a Chinese refusal. */
  target(targetId: number): sql.TrackedTarget & { planYear: number } {
    const t = sql.getTrackedTarget(this.db, targetId);
    const plan = t && sql.getPlanHeader(this.db, t.planId);
    if (!t || !plan) throw new PlanDeskError('NOT_FOUND', `找不到编号为 ${targetId} 的指标，它可能已被删除。`);
    return { ...t, planYear: plan.year };
  }

  /** The canonical period, refusing one that cannot be read or has not begun. */
  period(text: string): string {
    const p = parsePeriod(text);
    if (!p) throw new PlanDeskError('INVALID_INPUT', badPeriodMessage(text));
    if (periodStart(p) > this.today()) throw new PlanDeskError('INVALID_INPUT', `${periodLabel(p)}还没有开始，不能填报实际值。`);
    return periodKey(p);
  }

  /** The date a period's statuses are shown as of: its end, or today while it runs. */
  private statusDateFor(p: Period): string {
    const end = periodEnd(p);
    const today = this.today();
    return end < today ? end : today;
  }

  lagTolerance(): number {
    return sql.getLagTolerance(this.db) ?? DEFAULT_LAG_TOLERANCE;
  }

  saveLagTolerance(value: number): { lagTolerance: number } {
    sql.setLagTolerance(this.db, value);
    return { lagTolerance: value };
  }

  /** Enters, changes or clears a value; every change is kept in the history with who and when. */
  /** `via` is kept in the history: 填报 (the grid), 命令行, 填报表 <file name>. */
  setValue(input: SetValueInput, via = '填报'): MeasurementCell & { status: TargetStatus } {
    const target = this.target(input.targetId);
    const period = this.period(input.period);
    if (input.value !== undefined && input.value !== null && !Number.isFinite(input.value)) throw new PlanDeskError('INVALID_INPUT', '填报值必须是数字。');
    const now = this.clock().toISOString();
    this.db.transaction(() => {
      const old = sql.getMeasurement(this.db, target.id, period);
      const next = {
        targetId: target.id,
        period,
        value: input.value === undefined ? old?.value ?? null : input.value,
        note: (input.note ?? old?.note ?? '').trim(),
        source: (input.source ?? old?.source ?? '').trim(),
        enteredBy: this.userName(),
        enteredAt: now,
      };
      if (old && old.value === next.value && old.note === next.note && old.source === next.source) return; // nothing changed
      if (!old && next.value === null && !next.note && !next.source) return;
      const had = old !== undefined && old.value !== null;
      const action: sql.HistoryAction = next.value === null ? (had ? 'clear' : 'edit') : had ? 'edit' : 'add';
      // A cleared value without note or source leaves no row; its history stays.
      if (next.value === null && !next.note && !next.source) sql.deleteMeasurement(this.db, target.id, period);
      else sql.upsertMeasurement(this.db, next);
      sql.insertHistory(this.db, { ...next, action, changedBy: next.enteredBy, changedAt: now, via });
    })();
    const stored = sql.getMeasurement(this.db, target.id, period);
    const cell = stored ? toCell(stored) : { targetId: target.id, period, value: null, note: '', source: '', enteredBy: '', enteredAt: '' };
    const status = targetProgress(target, sql.listTargetMeasurements(this.db, target.id), {
      planYear: target.planYear,
      asOf: this.statusDateFor(parsePeriod(period)!),
      lagTolerance: this.lagTolerance(),
    }).status;
    return { ...cell, status };
  }

  history(targetId: number, period: string): HistoryEntry[] {
    this.target(targetId);
    const p = parsePeriod(period);
    if (!p) throw new PlanDeskError('INVALID_INPUT', badPeriodMessage(period));
    return sql.listHistory(this.db, targetId, periodKey(p)).map(({ action, value, note, source, changedBy, changedAt, via }) => ({
      action,
      value,
      note,
      source,
      changedBy,
      changedAt,
      via,
    }));
  }

  /** The plan's status as of `date` (YYYY-MM-DD, default today). */
  status(planId: string, date?: string): PlanStatus {
    return this.compute(planId, date).status;
  }

  /** Reads the plan's rows and derives its status; with `full`, measurements come with notes and who/when. */
  private compute<F extends boolean = false>(planId: string, date?: string, full?: F) {
    const plan = this.plan(planId);
    const asOf = date ?? this.today();
    if (!isIsoDate(asOf)) throw new PlanDeskError('INVALID_INPUT', `统计日期“${asOf}”无效，应写作 2025-09-30。`);
    const measurements = (full ? sql.listPlanMeasurements(this.db, planId) : sql.listPlanValues(this.db, planId)) as F extends true
      ? sql.MeasurementRow[]
      : sql.ValueRow[];
    const targets = sql.listTrackedTargets(this.db, planId);
    const status = planStatus({
      planYear: plan.year,
      asOf,
      lagTolerance: this.lagTolerance(),
      outline: this.outline.list(planId),
      targets,
      links: sql.listTargetLinks(this.db, planId),
      measurements,
    });
    return { plan, status, measurements, targets };
  }

  /** The two ends of a target's straight line, for the 看板 chart. */
  private line(t: sql.TrackedTarget, planYear: number) {
    const fromDate = lineStartDate(t, planYear);
    const toDate = effectiveDeadline(t, planYear);
    const ctx = { planYear, asOf: toDate };
    const fromValue = expectedValue(t, ctx, fromDate);
    const toValue = expectedValue(t, ctx, toDate);
    return fromValue === null || toValue === null ? null : { fromDate, fromValue, toDate, toValue };
  }

  /** The 看板: the status, and each target's values over the periods ended by the date. */
  dashboard(planId: string, date?: string): Dashboard {
    const { plan, status, measurements, targets } = this.compute(planId, date);
    const specs = new Map(targets.map((t) => [t.id, t]));
    const points = new Map<number, { key: ReturnType<typeof parsePeriod>; period: string; value: number }[]>();
    for (const m of measurements) {
      const key = parsePeriod(m.period);
      const end = periodEndOf(m.period);
      if (m.value === null || !key || end === null || end > status.date) continue;
      (points.get(m.targetId) ?? points.set(m.targetId, []).get(m.targetId)!).push({ key, period: m.period, value: m.value });
    }
    const series = status.targets.map((t) => ({
      targetId: t.id,
      points: (points.get(t.id) ?? []).sort((a, b) => comparePeriods(a.key!, b.key!)).map(({ period, value }) => ({ period, value })),
      line: this.line(specs.get(t.id)!, plan.year),
    }));
    return { plan: { id: plan.id, year: plan.year, title: plan.title }, status, series };
  }

  /** The 填报 grid: every target of the plan with its value for one period. */
  grid(planId: string, periodText: string): ProgressGrid {
    const plan = this.plan(planId);
    const p = parsePeriod(periodText);
    if (!p) throw new PlanDeskError('INVALID_INPUT', badPeriodMessage(periodText));
    const period = periodKey(p);
    // Each row's status is as of the end of the period being filled in (or today, if earlier).
    const { status, measurements } = this.compute(planId, this.statusDateFor(p), true);
    const cells = new Map<number, sql.MeasurementRow>();
    const previous = new Map<number, { period: string; value: number; key: NonNullable<ReturnType<typeof parsePeriod>> }>();
    for (const m of measurements) {
      if (m.period === period) cells.set(m.targetId, m);
      const key = parsePeriod(m.period);
      if (m.value === null || !key || comparePeriods(key, p) >= 0) continue;
      const prev = previous.get(m.targetId);
      if (!prev || comparePeriods(key, prev.key) >= 0) previous.set(m.targetId, { period: m.period, value: m.value, key });
    }
    const sectionOf = new Map(status.items.map((i) => [i.uid, i.sectionLabel]));
    const sectionTitle = new Map(status.sections.map((x) => [x.label, x.title]));
    return {
      plan: { id: plan.id, year: plan.year, title: plan.title },
      period,
      rows: status.targets.map((t) => {
        const cell = cells.get(t.id);
        const prev = previous.get(t.id);
        return {
          targetId: t.id,
          name: t.name,
          unit: t.unit,
          targetText: t.target.text,
          baseline: t.baseline,
          deadline: t.deadline,
          sectionLabel: t.items[0] ? sectionOf.get(t.items[0].uid) ?? '' : '',
          sectionTitle: t.items[0] ? sectionTitle.get(sectionOf.get(t.items[0].uid) ?? '') ?? '' : '',
          items: t.items,
          units: t.units,
          cell: cell ? toCell(cell) : null,
          previous: prev ? { period: prev.period, value: prev.value } : null,
          status: t.status,
        };
      }),
      units: status.units.map((u) => u.name),
    };
  }

  /** The data of the 落实情况报告 as of `date`. */
  report(planId: string, date?: string): ProgressReport {
    const { plan, status, measurements } = this.compute(planId, date, true);
    const notes = new Map(measurements.map((m) => [`${m.targetId} ${m.period}`, m.note]));
    return buildProgressReport({
      planYear: plan.year,
      planTitle: plan.title,
      organ: plan.organ,
      status,
      noteOf: (id, period) => notes.get(`${id} ${period}`) ?? '',
    });
  }
}
