// Indicators and targets: the values they may take, with their Chinese labels. See glossary.ts.

/** How a target's value is to be read: ≥ 达到…以上/不低于/不少于, > 超过, = 稳定在, ≤ 以内/控制在, 区间 2—3个. */
export const COMPARATORS = ['≥', '>', '=', '≤', '<', '区间'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const COMPARATOR_LABELS: Record<Comparator, string> = {
  '≥': '不低于',
  '>': '超过',
  '=': '稳定在',
  '≤': '不高于',
  '<': '低于',
  区间: '区间',
};

/** 预期性 (expected) or 约束性 (binding), as the 专栏 tables of 规划 print them. */
export const ATTRIBUTES = ['预期性', '约束性'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

/** Whether a larger value is better (入园率) or a smaller one (近视率). */
export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const INDICATOR_NAME_MAX = 80;
export const MEASURE_UNIT_MAX = 12;
export const SOURCE_SENTENCE_MAX = 2000;

/** The comparator a target gets when its text names none: reaching the value, or staying under it. */
export function defaultComparator(direction: Direction): Comparator {
  return direction === 'lower' ? '≤' : '≥';
}

/** 90 -> "90", 3.03 -> "3.03", null -> "—"; a range as 2—3. */
export function formatValue(value: number | null, valueMax: number | null = null): string {
  const one = (v: number | null) => (v === null ? '—' : String(Number(v.toFixed(6))));
  return valueMax === null ? one(value) : `${one(value)}—${one(valueMax)}`;
}

/** A target as a phrase: ≥ 90%, 2—3 个, 稳定在 100%. Units that are symbols sit close to the number. */
export function formatTarget(t: { value: number | null; valueMax: number | null; unit: string; comparator: Comparator }): string {
  const tight = /^[%‰]$/.test(t.unit);
  const number = t.comparator === '区间' ? formatValue(t.value, t.valueMax) : formatValue(t.value);
  const withUnit = t.unit ? (tight ? `${number}${t.unit}` : `${number} ${t.unit}`) : number;
  return t.comparator === '区间' ? withUnit : `${t.comparator} ${withUnit}`;
}
