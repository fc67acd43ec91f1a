// What the 指标总表 shows: filtering, sorting, and reading what a user types into a cell.
// Pure functions, tested without a browser.
import type { Target } from '../../../shared/api/indicators';
import type { Comparator } from '../../../shared/domain/indicator';
import { parseTypedNumber } from '../../../shared/indicators/typed';

export interface Filters {
  /** uid of a 一、 section; '' for all. */
  section: string;
  unit: string;
  attribute: '' | '预期性' | '约束性';
  /** Only targets that belong to no item. */
  unassigned: boolean;
  text: string;
}

export const NO_FILTERS: Filters = { section: '', unit: '', attribute: '', unassigned: false, text: '' };

export type SortKey = 'item' | 'name' | 'baseline' | 'target' | 'unit' | 'attribute' | 'deadline';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}
export const DEFAULT_SORT: Sort = { key: 'item', dir: 'asc' };

export function applyFilters(targets: readonly Target[], f: Filters): Target[] {
  const text = f.text.trim().toLowerCase();
  return targets.filter(
    (t) =>
      (!f.section || t.items.some((i) => i.sectionUid === f.section)) &&
      (!f.unit || t.unit === f.unit) &&
      (!f.attribute || t.attribute === f.attribute) &&
      (!f.unassigned || t.items.length === 0) &&
      (!text || `${t.name} ${t.group} ${t.leadUnit} ${t.sourceSentence}`.toLowerCase().includes(text)),
  );
}

/** The order the list came in (document order of the first item) is the 条目 order. */
export function applySort(targets: readonly Target[], sort: Sort): Target[] {
  const order = new Map(targets.map((t, i) => [t.id, i]));
  const key = (t: Target): string | number | null => {
    switch (sort.key) {
      case 'item':
        return order.get(t.id)!;
      case 'name':
        return t.name;
      case 'baseline':
        return t.baseline;
      case 'target':
        return t.target;
      case 'unit':
        return t.unit || null;
      case 'attribute':
        return t.attribute;
      case 'deadline':
        return t.deadline || null;
    }
  };
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...targets].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    // Empty values stay at the bottom whichever way the column is sorted.
    if (x === null || y === null) return x === y ? order.get(a.id)! - order.get(b.id)! : x === null ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-Hans-CN');
    return c !== 0 ? sign * c : order.get(a.id)! - order.get(b.id)!;
  });
}

export class InputError extends Error {}

/** What a user typed as a value: 90, 90%, ９０, 3.03; empty or xx -> null (to be filled in). */
export function parseNumberInput(raw: string, label: string): number | null {
  const n = parseTypedNumber(raw);
  if (n === undefined) throw new InputError(`${label}必须是数字，如 90 或 3.03。`);
  return n;
}

/** A target typed into its cell: one number, or a range 2—3 (which makes the comparator 区间). */
export function parseTargetInput(raw: string, comparator: Comparator): { target: number | null; targetMax: number | null; comparator: Comparator } {
  const range = /^\s*([^—\-~～至到]+?)\s*(?:—{1,2}|-|~|～|至|到)\s*([^—\-~～至到]+?)\s*$/.exec(raw);
  if (range && !/^\s*-/.test(raw)) {
    const low = parseNumberInput(range[1]!, '目标值');
    const high = parseNumberInput(range[2]!, '目标上限');
    if (low === null || high === null) throw new InputError('区间请填写上下限，如 2—3。');
    if (high < low) throw new InputError('区间的上限不能小于下限。');
    return { target: low, targetMax: high, comparator: '区间' };
  }
  const value = parseNumberInput(raw, '目标值');
  if (comparator === '区间') throw new InputError('区间请填写上下限，如 2—3；或先把比较方式改为 ≥ 等。');
  return { target: value, targetMax: null, comparator };
}

/** 基期年份: four digits or nothing. */
export function parseYearInput(raw: string): number | null {
  const t = raw.trim().replace(/年$/, '');
  if (!t) return null;
  if (!/^\d{4}$/.test(t)) throw new InputError('基期年份应为四位年份，如 2024。');
  return Number(t);
}
