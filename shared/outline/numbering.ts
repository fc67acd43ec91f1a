// The numbers of a work-points document (一、 （一） 1. （1）), computed from the blocks' levels.
// One function for every surface: editor, outline pane, export, CLI. Numbers are never stored as text.
import type { NumberingMode } from '../domain/plan';

/** 0 = body paragraph; 1 = section 一、; 2 = subsection （一）; 3 = item 1.; 4 = subitem （1）. */
export type BlockLevel = 0 | 1 | 2 | 3 | 4;

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 -> 一, 10 -> 十, 11 -> 十一, 20 -> 二十, 105 -> 一百零五 (up to 9999). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  const units: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let out = '';
  let rest = n;
  let zero = false;
  for (const [value, name] of units) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d) {
      if (zero) out += '零';
      out += DIGITS[d] + name;
      zero = false;
    } else if (out) zero = true;
  }
  if (rest) out += (zero ? '零' : '') + DIGITS[rest];
  return out;
}

/** The marker of a level with its ordinal, as printed: 一、 （一） 1. （1）. */
export function formatMarker(level: 1 | 2 | 3 | 4, ordinal: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(ordinal)}、`;
    case 2:
      return `（${chineseNumeral(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    case 4:
      return `（${ordinal}）`;
  }
}

export interface Numbered {
  /** The ordinal within its counter, or 0 for a body paragraph. */
  ordinal: number;
  /** The printed marker ('' for a body paragraph). */
  marker: string;
}

/**
 * Numbers a document's blocks in order. Level 1 and 2 restart under their parent; level 3 runs
 * continuously through the document or restarts under its nearest heading (mode); level 4 restarts
 * under each item. A level without its usual parent (（1） straight under 一、) still counts sensibly.
 */
export function numberBlocks(levels: readonly BlockLevel[], mode: NumberingMode): Numbered[] {
  const counters = [0, 0, 0, 0, 0];
  return levels.map((level) => {
    if (level === 0) return { ordinal: 0, marker: '' };
    counters[level]! += 1;
    // A heading restarts every deeper counter, except continuous item numbering.
    for (let deeper = level + 1; deeper <= 4; deeper++) {
      if (deeper === 3 && mode === 'continuous') continue;
      counters[deeper] = 0;
    }
    const ordinal = counters[level]!;
    return { ordinal, marker: formatMarker(level, ordinal) };
  });
}

/** 专栏一, 专栏二 …: the label of the n-th 专栏 (indicator table) of a document. */
export function indicatorTableLabel(ordinal: number): string {
  return `专栏${chineseNumeral(ordinal)}`;
}

/** The ordinal of each 专栏 among the blocks (1, 2 …), 0 for every other block. */
export function numberIndicatorTables(isTable: readonly boolean[]): number[] {
  let n = 0;
  return isTable.map((t) => (t ? ++n : 0));
}
