// Values, targets and shares as every tracking surface prints them (grid, 看板, 填报表, report, CLI).
import type { Comparator } from './status';

/** 90, 3.03, 0.5: at most `digits` decimals, trailing zeros dropped. */
export function formatNumber(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return '';
  const f = 10 ** digits;
  const rounded = Math.round(n * f) / f;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** 90% / 11所 / 3.03亿元. */
export function formatValue(n: number | null, unit: string): string {
  return n === null ? '' : `${formatNumber(n)}${unit}`;
}

export interface TargetText {
  target: number | null;
  targetMax: number | null;
  comparator: Comparator;
}

/** ≥90%, 50%以内, 2—3个, 100%; 待定 for a target without a value. */
export function formatTarget(t: TargetText, unit: string): string {
  if (t.target === null) return '待定';
  const v = formatValue(t.target, unit);
  switch (t.comparator) {
    case '以上':
      return `${v}以上`;
    case '以内':
      return `${v}以内`;
    case '=':
      return v;
    case '区间':
      return t.targetMax === null ? v : `${formatNumber(t.target)}—${formatValue(t.targetMax, unit)}`;
    default:
      return `${t.comparator}${v}`;
  }
}

/** 37.5%: a share 0..1 as a percentage with at most one decimal. */
export function formatShare(share: number): string {
  return `${formatNumber(share * 100, 1)}%`;
}

/**
 * A value typed into a grid cell, a spreadsheet or the CLI: 90, 90%, 1,200, ９０, -3.5.
 * Returns the number, or a Chinese sentence saying why it is not one.
 */
export function parseMeasuredValue(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const t = text
    .trim()
    .replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
    .replace(/[%％]$/, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) {
    return { ok: false, message: text.trim() ? `“${text.trim()}”不是数字。` : '没有填写数值。' };
  }
  const value = Number(t);
  if (!Number.isFinite(value) || Math.abs(value) > 1e15) return { ok: false, message: `“${text.trim()}”超出了可以记录的范围。` };
  return { ok: true, value };
}
