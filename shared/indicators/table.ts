// A row of an imported indicator table (专栏…主要目标) as a target: baseline and target with their
// years, the comparator the cell states (≥95, 95以上, ≤5, 5以内), attribute, unit and group.
import type { IndicatorRow, IndicatorTable } from '../import/types';
import { defaultComparator, type Attribute, type Comparator, type Direction } from '../domain/indicator';

export interface TableTarget {
  name: string;
  unit: string;
  group: string;
  attribute: Attribute | undefined;
  direction: Direction;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  comparator: Comparator;
  /** The end of the target year (YYYY-12-31), '' when the table names none. */
  deadline: string;
  sourceSentence: string;
}

/** What a cell says beside its number: ≥95 and 95以上 -> ≥, ≤5 and 5以内 -> ≤, >/超过 -> >. */
export function cellComparator(cell: string): Comparator | null {
  const t = cell.replace(/\s+/g, '');
  if (/^[≥]|以上$|不低于|不少于/.test(t)) return '≥';
  if (/^[≤]|以[内下]$|不高于|不超过|控制在/.test(t)) return '≤';
  if (/^[>＞]|超过/.test(t)) return '>';
  if (/^[<＜]|低于/.test(t)) return '<';
  return null;
}

export function tableRowTarget(table: IndicatorTable, row: IndicatorRow): TableTarget {
  const stated = cellComparator(row.targetText);
  const direction: Direction = stated === '≤' || stated === '<' ? 'lower' : 'higher';
  return {
    name: row.name,
    unit: row.unit,
    group: row.group,
    attribute: row.attribute || undefined,
    direction,
    baseline: row.baseline,
    baselineYear: row.baselineYear,
    target: row.target,
    comparator: stated ?? defaultComparator(direction),
    deadline: row.targetYear ? `${row.targetYear}-12-31` : '',
    sourceSentence: table.title,
  };
}
