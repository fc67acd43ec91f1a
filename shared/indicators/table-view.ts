// What a 专栏 (indicator table) shows: the plan's targets it selects, as the rows 规划 print
// (指标名称 | 2020年 | 2025年 | 属性, grouped under rows such as 基础教育). One function for the
// editor's live table and the export, so both print the same cells.
import { formatValue } from '../domain/indicator';
import type { IndicatorTableSpec } from '../outline/document';

/** What the table reads of a target; the API's Target and the export's ExportTarget both fit. */
export interface TableTargetLike {
  id: number;
  name: string;
  unit: string;
  group: string;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  targetMax: number | null;
  comparator: string;
  attribute: string;
  /** YYYY-MM-DD or '': its year is the target year. */
  deadline: string;
}

export type IndicatorTableRow =
  | { kind: 'group'; name: string }
  | { kind: 'target'; targetId: number; name: string; baseline: string; target: string; attribute: string };

export interface IndicatorTableView {
  /** 指标名称, the baseline column (2020年, or 基期值 when years differ), the target column, 属性. */
  columns: [string, string, string, string];
  rows: IndicatorTableRow[];
  /** Targets shown. */
  count: number;
  /** Targets named by id that no longer exist in the plan (deleted since). */
  missing: number;
}

/** The targets a 专栏 shows, in its order: by id, else by group, else all of the plan's. */
export function selectTableTargets<T extends TableTargetLike>(targets: readonly T[], spec: Pick<IndicatorTableSpec, 'targetIds' | 'groups'>): T[] {
  if (spec.targetIds.length) {
    const byId = new Map(targets.map((t) => [t.id, t]));
    return spec.targetIds.map((id) => byId.get(id)).filter((t): t is T => t !== undefined);
  }
  if (spec.groups.length) {
    const groups = new Set(spec.groups);
    return targets.filter((t) => groups.has(t.group));
  }
  return [...targets];
}

const yearOf = (deadline: string): number | null => (/^\d{4}-/.test(deadline) ? Number(deadline.slice(0, 4)) : null);

/** The one year every value shares, or null when they differ (or none is known). */
function sharedYear(years: readonly (number | null)[]): number | null {
  const known = new Set(years.filter((y): y is number => y !== null));
  return known.size === 1 && !years.includes(null) ? [...known][0]! : null;
}

/** A goal printed as 规划 tables do: reaching it is plain (99), a ceiling or floor says so (≤5, >95), a range 2—3. */
export function tableTargetText(t: Pick<TableTargetLike, 'target' | 'targetMax' | 'comparator'>): string {
  if (t.target === null) return '—';
  if (t.comparator === '区间') return formatValue(t.target, t.targetMax);
  if (t.comparator === '≥' || t.comparator === '=') return formatValue(t.target);
  return `${t.comparator}${formatValue(t.target)}`;
}

export function tableTargetName(t: Pick<TableTargetLike, 'name' | 'unit'>): string {
  return t.unit ? `${t.name}（${t.unit}）` : t.name;
}

export function indicatorTableView(targets: readonly TableTargetLike[], spec: Pick<IndicatorTableSpec, 'targetIds' | 'groups'>): IndicatorTableView {
  const shown = selectTableTargets(targets, spec);
  const known = new Set(targets.map((t) => t.id));
  const missing = spec.targetIds.filter((id) => !known.has(id)).length;
  const withBaseline = shown.filter((t) => t.baseline !== null);
  const baseYear = withBaseline.length ? sharedYear(withBaseline.map((t) => t.baselineYear)) : null;
  const targetYear = shown.length ? sharedYear(shown.map((t) => yearOf(t.deadline))) : null;
  // A year that is not the column's stands under the value.
  const withYear = (text: string, year: number | null, column: number | null) => (text !== '—' && year !== null && year !== column ? `${text}（${year}年）` : text);

  const row = (t: TableTargetLike): IndicatorTableRow => ({
    kind: 'target',
    targetId: t.id,
    name: tableTargetName(t),
    baseline: withYear(t.baseline === null ? '—' : formatValue(t.baseline), t.baselineYear, baseYear),
    target: withYear(tableTargetText(t), yearOf(t.deadline), targetYear),
    attribute: t.attribute || '—',
  });

  // Ungrouped targets first; then each group, in the order its first target comes, under its row.
  const rows: IndicatorTableRow[] = shown.filter((t) => !t.group).map(row);
  const groups = [...new Set(shown.map((t) => t.group).filter(Boolean))];
  for (const g of groups) rows.push({ kind: 'group', name: g }, ...shown.filter((t) => t.group === g).map(row));

  return {
    columns: ['指标名称', baseYear ? `${baseYear}年` : '基期值', targetYear ? `${targetYear}年` : '目标值', '属性'],
    rows,
    count: shown.length,
    missing,
  };
}

/** The groups of a plan's targets, in order, for choosing what a 专栏 shows. */
export function targetGroups(targets: readonly Pick<TableTargetLike, 'group'>[]): string[] {
  return [...new Set(targets.map((t) => t.group).filter(Boolean))];
}
