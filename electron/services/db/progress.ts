// SQL for tracking: measurements with their history, and the few plan fields tracking needs.
// Targets and their links are the indicators module's (read through it here, written by the
// indicators service).
import type { Database } from 'better-sqlite3';
import { getTarget, linksOfPlan, listTargets, targetFields, type TargetFieldsRow } from './indicators';

export interface PlanHeader {
  id: string;
  year: number;
  title: string;
  organ: string;
}

/** A live plan's few fields tracking needs (no document JSON). */
export function getPlanHeader(db: Database, planId: string): PlanHeader | undefined {
  return db.prepare('SELECT id, year, title, organ FROM plans WHERE id = ? AND deleted_at IS NULL').get(planId) as PlanHeader | undefined;
}

/** A target as tracking reads it: the indicators module's row under the API's names. */
export type TrackedTarget = TargetFieldsRow;

export function listTrackedTargets(db: Database, planId: string): TrackedTarget[] {
  return listTargets(db, planId).map(targetFields);
}

export function getTrackedTarget(db: Database, targetId: number): TrackedTarget | undefined {
  const row = getTarget(db, targetId);
  return row && targetFields(row);
}

export interface TargetLink {
  targetId: number;
  nodeId: string;
}

/** The plan's links as pairs (the status's input). */
export function listTargetLinks(db: Database, planId: string): TargetLink[] {
  const pairs: TargetLink[] = [];
  for (const [targetId, nodes] of linksOfPlan(db, planId)) for (const nodeId of nodes) pairs.push({ targetId, nodeId });
  return pairs;
}

export interface MeasurementRow {
  targetId: number;
  period: string;
  value: number | null;
  note: string;
  source: string;
  enteredBy: string;
  enteredAt: string;
}

const MEASUREMENT_COLUMNS = `m.target_id AS targetId, m.period, m.value, m.note, m.source, m.entered_by AS enteredBy, m.entered_at AS enteredAt`;

/** Every measurement of the plan's targets, in entry order. */
export function listPlanMeasurements(db: Database, planId: string): MeasurementRow[] {
  return db
    .prepare(`SELECT ${MEASUREMENT_COLUMNS} FROM measurements m JOIN targets t ON t.id = m.target_id WHERE t.plan_id = ? ORDER BY m.id`)
    .all(planId) as MeasurementRow[];
}

export interface ValueRow {
  targetId: number;
  period: string;
  value: number | null;
}

/** Only what statuses need from every measurement of the plan: target, period, value. */
export function listPlanValues(db: Database, planId: string): ValueRow[] {
  return db
    .prepare('SELECT m.target_id AS targetId, m.period, m.value FROM measurements m JOIN targets t ON t.id = m.target_id WHERE t.plan_id = ? ORDER BY m.id')
    .all(planId) as ValueRow[];
}

export function listTargetMeasurements(db: Database, targetId: number): MeasurementRow[] {
  return db.prepare(`SELECT ${MEASUREMENT_COLUMNS} FROM measurements m WHERE m.target_id = ? ORDER BY m.id`).all(targetId) as MeasurementRow[];
}

export function getMeasurement(db: Database, targetId: number, period: string): MeasurementRow | undefined {
  return db.prepare(`SELECT ${MEASUREMENT_COLUMNS} FROM measurements m WHERE m.target_id = ? AND m.period = ?`).get(targetId, period) as
    | MeasurementRow
    | undefined;
}

export function upsertMeasurement(db: Database, m: MeasurementRow): void {
  db.prepare(
    `INSERT INTO measurements (target_id, period, value, note, source, entered_by, entered_at)
     VALUES (@targetId, @period, @value, @note, @source, @enteredBy, @enteredAt)
     ON CONFLICT(target_id, period) DO UPDATE SET value = excluded.value, note = excluded.note, source = excluded.source,
       entered_by = excluded.entered_by, entered_at = excluded.entered_at`,
  ).run(m);
}

export function deleteMeasurement(db: Database, targetId: number, period: string): void {
  db.prepare('DELETE FROM measurements WHERE target_id = ? AND period = ?').run(targetId, period);
}

export type HistoryAction = 'add' | 'edit' | 'clear';

export interface HistoryRow {
  targetId: number;
  period: string;
  action: HistoryAction;
  value: number | null;
  note: string;
  source: string;
  changedBy: string;
  changedAt: string;
  via: string;
}

export function insertHistory(db: Database, h: HistoryRow): void {
  db.prepare(
    `INSERT INTO measurement_history (target_id, period, action, value, note, source, changed_by, changed_at, via)
     VALUES (@targetId, @period, @action, @value, @note, @source, @changedBy, @changedAt, @via)`,
  ).run(h);
}

/** A cell's edits, newest first. */
export function listHistory(db: Database, targetId: number, period: string): HistoryRow[] {
  return db
    .prepare(
      `SELECT target_id AS targetId, period, action, value, note, source, changed_by AS changedBy, changed_at AS changedAt, via
       FROM measurement_history WHERE target_id = ? AND period = ? ORDER BY id DESC`,
    )
    .all(targetId, period) as HistoryRow[];
}

const LAG_TOLERANCE_KEY = 'tracking.lagTolerance';

export function getLagTolerance(db: Database): number | null {
  const raw = db.prepare('SELECT value_json FROM settings WHERE key = ?').pluck().get(LAG_TOLERANCE_KEY) as string | undefined;
  if (raw === undefined) return null;
  const n = JSON.parse(raw) as unknown;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

export function setLagTolerance(db: Database, value: number): void {
  db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json').run(
    LAG_TOLERANCE_KEY,
    JSON.stringify(value),
  );
}
