// A plan's targets for the 主要指标一览表, as plain data. The one place the export reads the
// indicator tables (schema v1: indicators, targets, target_links, units); when the indicators
// service lands, this function is the seam to point at it.
import type { Database } from 'better-sqlite3';
import type { ExportTarget } from '../../../shared/official/attachments';

interface TargetRow {
  id: number;
  name: string;
  measure_unit: string;
  attribute: string;
  baseline_value: number | null;
  baseline_year: number | null;
  target_value: number | null;
  target_value_max: number | null;
  comparator: string;
  lead_unit: string | null;
}

export function readPlanTargets(db: Database, planId: string): ExportTarget[] {
  const rows = db
    .prepare(
      `SELECT t.id, i.name, i.measure_unit, i.attribute, t.baseline_value, t.baseline_year, t.target_value,
              t.target_value_max, t.comparator, u.name AS lead_unit
       FROM targets t JOIN indicators i ON i.id = t.indicator_id LEFT JOIN units u ON u.id = t.lead_unit_id
       WHERE t.plan_id = ? ORDER BY t.id`,
    )
    .all(planId) as TargetRow[];
  const links = db
    .prepare(
      `SELECT l.target_id, l.node_id FROM target_links l JOIN targets t ON t.id = l.target_id
       JOIN outline_nodes n ON n.id = l.node_id WHERE t.plan_id = ? ORDER BY n.position`,
    )
    .all(planId) as { target_id: number; node_id: string }[];
  const byTarget = new Map<number, string[]>();
  for (const l of links) byTarget.set(l.target_id, [...(byTarget.get(l.target_id) ?? []), l.node_id]);
  return rows.map((r) => ({
    indicator: r.name,
    unit: r.measure_unit,
    baseline: r.baseline_value,
    baselineYear: r.baseline_year,
    target: r.target_value,
    targetMax: r.target_value_max,
    comparator: r.comparator,
    attribute: r.attribute,
    leadUnit: r.lead_unit ?? '',
    itemUids: byTarget.get(r.id) ?? [],
  }));
}

export function planHasTargets(db: Database, planId: string): boolean {
  return db.prepare('SELECT 1 FROM targets WHERE plan_id = ? LIMIT 1').get(planId) !== undefined;
}
