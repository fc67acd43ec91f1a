// SQL for indicators (the catalogue across years), targets (a plan's values), their links to outline
// entries, and rejected suggestions. A small typed surface; nothing else writes these tables' SQL.
import type { Database } from 'better-sqlite3';
import type { Attribute, Comparator, Direction } from '../../../shared/domain/indicator';

export interface TargetRow {
  id: number;
  plan_id: string;
  indicator_id: number;
  name: string;
  measure_unit: string;
  attribute: Attribute;
  direction: Direction;
  baseline_value: number | null;
  baseline_year: number | null;
  target_value: number | null;
  target_value_max: number | null;
  comparator: Comparator;
  deadline: string;
  source_sentence: string;
  group_name: string;
  suggestion_key: string;
  lead_unit: string | null;
  lead_unit_id: number | null;
  created_at: string;
  updated_at: string;
}

/** A target row under the API's field names (Target without its items): one mapping for every reader. */
export function targetFields(r: TargetRow) {
  return {
    id: r.id,
    planId: r.plan_id,
    indicatorId: r.indicator_id,
    name: r.name,
    unit: r.measure_unit,
    attribute: r.attribute,
    direction: r.direction,
    baseline: r.baseline_value,
    baselineYear: r.baseline_year,
    target: r.target_value,
    targetMax: r.target_value_max,
    comparator: r.comparator,
    deadline: r.deadline,
    sourceSentence: r.source_sentence,
    group: r.group_name,
    /** null: no lead unit. */
    leadUnit: r.lead_unit,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
export type TargetFieldsRow = ReturnType<typeof targetFields>;

/** The values of a target row as written; the indicator and lead unit are ids by then. */
export interface TargetValues {
  indicatorId: number;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  targetMax: number | null;
  comparator: Comparator;
  deadline: string;
  sourceSentence: string;
  group: string;
  leadUnitId: number | null;
  /** The suggestion it was accepted from, '' for one entered or imported. */
  suggestionKey: string;
}

const SELECT_TARGET = `
  SELECT t.id, t.plan_id, t.indicator_id, i.name, i.measure_unit, i.attribute, i.direction, t.baseline_value,
         t.baseline_year, t.target_value, t.target_value_max, t.comparator, t.deadline, t.source_sentence,
         t.group_name, t.suggestion_key, u.name AS lead_unit, t.lead_unit_id, t.created_at, t.updated_at
  FROM targets t JOIN indicators i ON i.id = t.indicator_id LEFT JOIN units u ON u.id = t.lead_unit_id`;

/**
 * The indicator with this name and unit, created if new: the same name and unit in two plans is one
 * indicator. Attribute and direction are updated when given (the latest plan's word stands).
 */
export function ensureIndicator(
  db: Database,
  name: string,
  unit: string,
  opts: { attribute?: Attribute; direction?: Direction },
  now: string,
): number {
  db.prepare(
    `INSERT INTO indicators (name, measure_unit, attribute, direction, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(name, measure_unit) DO NOTHING`,
  ).run(name, unit, opts.attribute ?? '预期性', opts.direction ?? 'higher', now);
  const id = db.prepare('SELECT id FROM indicators WHERE name = ? AND measure_unit = ?').pluck().get(name, unit) as number;
  if (opts.attribute) db.prepare('UPDATE indicators SET attribute = ? WHERE id = ?').run(opts.attribute, id);
  if (opts.direction) db.prepare('UPDATE indicators SET direction = ? WHERE id = ?').run(opts.direction, id);
  return id;
}

/** Removes an indicator no target uses any more (a renamed or deleted target's old name). */
export function deleteIndicatorIfUnused(db: Database, id: number): void {
  db.prepare('DELETE FROM indicators WHERE id = ? AND NOT EXISTS (SELECT 1 FROM targets WHERE indicator_id = ?)').run(id, id);
}

export function insertTarget(db: Database, planId: string, v: TargetValues, now: string): number {
  return db
    .prepare(
      `INSERT INTO targets (plan_id, indicator_id, baseline_value, baseline_year, target_value, target_value_max, comparator,
         deadline, source_sentence, group_name, lead_unit_id, suggestion_key, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(planId, v.indicatorId, v.baseline, v.baselineYear, v.target, v.targetMax, v.comparator, v.deadline, v.sourceSentence, v.group, v.leadUnitId, v.suggestionKey, now, now)
    .lastInsertRowid as number;
}

export function updateTarget(db: Database, id: number, v: TargetValues, now: string): void {
  db.prepare(
    `UPDATE targets SET indicator_id = ?, baseline_value = ?, baseline_year = ?, target_value = ?, target_value_max = ?,
       comparator = ?, deadline = ?, source_sentence = ?, group_name = ?, lead_unit_id = ?, updated_at = ? WHERE id = ?`,
  ).run(v.indicatorId, v.baseline, v.baselineYear, v.target, v.targetMax, v.comparator, v.deadline, v.sourceSentence, v.group, v.leadUnitId, now, id);
}

/** Deletes a target; its links and measurements go with it (foreign keys cascade). */
export function deleteTarget(db: Database, id: number): void {
  db.prepare('DELETE FROM targets WHERE id = ?').run(id);
}

export function getTarget(db: Database, id: number): TargetRow | undefined {
  return db.prepare(`${SELECT_TARGET} WHERE t.id = ?`).get(id) as TargetRow | undefined;
}

/** A plan's targets: the table's order (group rows kept together), then as they were added. */
export function listTargets(db: Database, planId: string): TargetRow[] {
  return db.prepare(`${SELECT_TARGET} WHERE t.plan_id = ? ORDER BY t.id`).all(planId) as TargetRow[];
}

/** target id -> the outline entries it is linked to, for one plan. */
export function linksOfPlan(db: Database, planId: string): Map<number, string[]> {
  const rows = db
    .prepare(
      `SELECT l.target_id, l.node_id FROM target_links l JOIN targets t ON t.id = l.target_id
       JOIN outline_nodes n ON n.id = l.node_id WHERE t.plan_id = ? ORDER BY n.position`,
    )
    .all(planId) as { target_id: number; node_id: string }[];
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.target_id, [...(out.get(r.target_id) ?? []), r.node_id]);
  return out;
}

export function linkTarget(db: Database, targetId: number, nodeId: string): void {
  db.prepare('INSERT OR IGNORE INTO target_links (node_id, target_id) VALUES (?, ?)').run(nodeId, targetId);
}

export function unlinkTarget(db: Database, targetId: number, nodeId: string): number {
  return db.prepare('DELETE FROM target_links WHERE node_id = ? AND target_id = ?').run(nodeId, targetId).changes;
}

/** The ids of those of `uids` that are outline entries of the plan. */
export function nodesOfPlan(db: Database, planId: string, uids: readonly string[]): Set<string> {
  const stmt = db.prepare('SELECT 1 FROM outline_nodes WHERE id = ? AND plan_id = ?').pluck();
  return new Set(uids.filter((uid) => stmt.get(uid, planId)));
}

/** Links whose outline entry is missing: always 0 while foreign keys are on (a check, not a repair). */
export function countDanglingLinks(db: Database): number {
  return db.prepare('SELECT count(*) FROM target_links l LEFT JOIN outline_nodes n ON n.id = l.node_id WHERE n.id IS NULL').pluck().get() as number;
}

export function addRejection(db: Database, planId: string, itemUid: string | null, key: string, now: string): void {
  db.prepare('INSERT OR IGNORE INTO rejected_suggestions (plan_id, item_uid, suggestion_key, rejected_at) VALUES (?, ?, ?, ?)').run(planId, itemUid ?? '', key, now);
}

export function removeRejection(db: Database, planId: string, itemUid: string | null, key: string): boolean {
  return db.prepare('DELETE FROM rejected_suggestions WHERE plan_id = ? AND item_uid = ? AND suggestion_key = ?').run(planId, itemUid ?? '', key).changes > 0;
}

/** "itemUid\0key" of every rejected suggestion of the plan ('' for text above the first heading). */
export function rejectedKeys(db: Database, planId: string): Set<string> {
  const rows = db.prepare('SELECT item_uid, suggestion_key FROM rejected_suggestions WHERE plan_id = ?').all(planId) as { item_uid: string; suggestion_key: string }[];
  return new Set(rows.map((r) => `${r.item_uid}\u0000${r.suggestion_key}`));
}

export interface IndicatorRow {
  id: number;
  name: string;
  measure_unit: string;
  attribute: Attribute;
  direction: Direction;
  years: string | null;
}

/** The catalogue: every indicator with the years of the (live) plans that have a target for it. */
export function listIndicators(db: Database): IndicatorRow[] {
  return db
    .prepare(
      `SELECT i.id, i.name, i.measure_unit, i.attribute, i.direction,
              (SELECT group_concat(y, ',') FROM (SELECT DISTINCT p.year AS y FROM targets t JOIN plans p ON p.id = t.plan_id
               WHERE t.indicator_id = i.id AND p.deleted_at IS NULL ORDER BY p.year)) AS years
       FROM indicators i ORDER BY i.name, i.measure_unit`,
    )
    .all() as IndicatorRow[];
}

export interface HistoryRow {
  id: number;
  plan_id: string;
  title: string;
  year: number;
  baseline_value: number | null;
  baseline_year: number | null;
  target_value: number | null;
  target_value_max: number | null;
  comparator: Comparator;
  deadline: string;
}

/** One indicator's targets in every live plan, oldest year first (their latest values are the service's). */
export function indicatorHistory(db: Database, indicatorId: number): HistoryRow[] {
  return db
    .prepare(
      `SELECT t.id, t.plan_id, p.title, p.year, t.baseline_value, t.baseline_year, t.target_value, t.target_value_max,
              t.comparator, t.deadline
       FROM targets t JOIN plans p ON p.id = t.plan_id
       WHERE t.indicator_id = ? AND p.deleted_at IS NULL ORDER BY p.year, t.id`,
    )
    .all(indicatorId) as HistoryRow[];
}
