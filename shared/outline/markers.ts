// Recognising the level markers of a work-points text (一、 （一） 1. （1） and the variants found
// in pasted and scraped documents). Paste uses it now; import builds on it.
import type { BlockLevel } from './numbering';

export interface MarkedLine {
  level: BlockLevel;
  /** The line without its marker. */
  text: string;
  /** The marker as written, '' for a body paragraph (kept so import can report numbering gaps). */
  marker: string;
  /** The number the marker carries (一 -> 1, ③ -> 3), 0 for a body paragraph. */
  ordinal: number;
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 -> 1, 十二 -> 12, 二十 -> 20, 九十九 -> 99; NaN for anything else. */
export function parseChineseNumeral(s: string): number {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return NaN;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = CN_DIGIT[ch]!;
  }
  return total + digit;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CN = '[一二三四五六七八九十百零〇两]+';

// Order matters: parenthesised forms before bare ones.
const PATTERNS: { level: Exclude<BlockLevel, 0>; re: RegExp; num: (m: RegExpExecArray) => number }[] = [
  // （一） (一) with either width of parenthesis, optionally followed by 、
  { level: 2, re: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*[、.．]?`), num: (m) => parseChineseNumeral(m[1]!) },
  // （1） (1)
  { level: 4, re: /^[（(]\s*(\d{1,3})\s*[）)]\s*[、.．]?/, num: (m) => Number(m[1]) },
  // ① … ⑳
  { level: 4, re: new RegExp(`^([${CIRCLED}])\\s*`), num: (m) => CIRCLED.indexOf(m[1]!) + 1 },
  // 一、 一. 一．
  { level: 1, re: new RegExp(`^(${CN})\\s*[、.．]`), num: (m) => parseChineseNumeral(m[1]!) },
  // 1. 1． 1、 — not 1.5亿元 (a decimal), not 2024年
  { level: 3, re: /^(\d{1,3})\s*[.．、](?!\d)/, num: (m) => Number(m[1]) },
];

/** Debris seen before markers in scraped text: spaces, full-width spaces, ???? from lost characters. */
const LEADING_DEBRIS = /^[\s\u3000\u00a0?？]+/;

export function recogniseLine(raw: string): MarkedLine {
  const line = raw.replace(LEADING_DEBRIS, '').replace(/[\s\u3000]+$/, '');
  for (const p of PATTERNS) {
    const m = p.re.exec(line);
    if (!m) continue;
    const ordinal = p.num(m);
    if (!Number.isFinite(ordinal) || ordinal <= 0) continue;
    const text = line.slice(m[0].length).replace(/^[\s\u3000]+/, '');
    return { level: p.level, text, marker: m[0].trim(), ordinal };
  }
  // Body text keeps its words; only the indentation (spaces or ???? debris) goes.
  return { level: 0, text: line, marker: '', ordinal: 0 };
}

/** One entry per non-empty line, with its level recognised and its marker removed. */
export function parseStructuredText(text: string): MarkedLine[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(recogniseLine)
    .filter((l) => l.text !== '' || l.level !== 0);
}

/** Whether a text holds at least one level marker (paste decides between structure and plain text). */
export function hasStructureMarkers(text: string): boolean {
  return parseStructuredText(text).some((l) => l.level !== 0);
}
