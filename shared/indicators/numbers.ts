// The small tokenizer under the suggester: quantities in Chinese text (50个, 3.03亿元, 90%以上,
// 2—3个, 两所, 1300余万元, xx%) and year mentions. It reads; suggest.ts decides what is a target.
import { parseChineseNumeral } from '../outline/markers';

export interface Quantity {
  /** First character of the number. */
  start: number;
  /** After the unit and any suffix such as 以上. */
  end: number;
  value: number | null;
  /** The upper end of a range (2—3个), else null. */
  valueMax: number | null;
  /** As written, magnitude included: %, 个, 万元, 亿元, 万人次, 小时. */
  unit: string;
  /** xx%, xxx名: a value to be filled in, never a number. */
  placeholder: boolean;
  /** Written in Chinese numerals (两所, 十个). */
  chinese: boolean;
  /** 1300余万元, 20多个: a little more than the value. */
  approx: boolean;
  suffix: '' | '以上' | '以下' | '以内' | '左右';
}

/** Units of measure and classifiers, longest first so 人次 wins over 人 and 个百分点 over 个. */
const UNITS = [
  '个百分点', '百分点', '平方米', '人次', '公里', '千米', '小时', '分钟', '课时', '学时', '学分', '个月', '台套',
  '%', '‰', '元', '个', '所', '名', '人', '项', '家', '座', '间', '节', '门', '支', '场', '套', '台', '件', '本',
  '册', '篇', '次', '条', '处', '种', '位', '户', '班', '部', '张', '块', '辆', '份', '组', '亩', '吨', '米', '天',
  '周', '倍', '期', '类',
];
/** A unit character that is the start of another word: 周年 (anniversary), 次年 (the next year). */
const UNIT_CONTINUES: Record<string, RegExp> = { 周: /^年/, 次: /^年/, 期: /^间/, 天: /^[然地]/, 节: /^[日点约能]/ };
export const TIME_UNITS = new Set(['小时', '分钟', '课时', '学时', '天', '周', '个月']);
export const RATE_UNITS = new Set(['%', '‰', '个百分点', '百分点']);

const FULL_WIDTH = /[０-９％．～－ｘＸ]/g;

/** Full-width digits and signs to ASCII, one character for one, so offsets stay valid. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/y;
const PLACEHOLDER = /[xX×]{1,4}/y;
const CHINESE = /[零〇一二两三四五六七八九十百]{1,6}/y;
const RANGE = /(%?)\s*(?:-|—{1,2}|–|~|至|到)\s*/y;
const MAGNITUDE = /[万亿千]/y;
const APPROX = /[余多]/y;
const SUFFIX = /(?:及以上|以上|以下|以内|左右)/y;
/** 一, 两, 十, 二十, 一百二十, 一百零五: a well-formed numeral (not 十四五, not 一二). */
const CHINESE_FORM = /^(?:[一二两三四五六七八九]百(?:零?[一二三四五六七八九]|[一二两三四五六七八九]?十[一二三四五六七八九]?)?|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])$/;

const isLetterOrDigit = (c: string | undefined) => !!c && /[0-9A-Za-z.]/.test(c);
const CHINESE_DIGIT = /[零〇一二两三四五六七八九十百千万亿]/;

function at(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

interface NumberToken {
  end: number;
  value: number | null;
  placeholder: boolean;
  chinese: boolean;
}

/** A character a number can start with: digits, x placeholders, Chinese numerals. */
const NUMBER_START = /[0-9xX×零〇一二两三四五六七八九十百]/;

function readNumber(text: string, i: number, masked: (i: number) => boolean): NumberToken | null {
  if (!NUMBER_START.test(text[i]!) || masked(i)) return null;
  const before = text[i - 1];
  const a = at(ARABIC, text, i);
  if (a) {
    if (isLetterOrDigit(before) || before === '+' || before === '第') return null;
    const after = text[i + a[0].length];
    if (after === '+' || (after && /[A-Za-z]/.test(after))) return null; // 313+工程, 5G, 202x
    return { end: i + a[0].length, value: Number(a[0].replace(/,/g, '')), placeholder: false, chinese: false };
  }
  const p = at(PLACEHOLDER, text, i);
  if (p) {
    const after = text[i + p[0].length];
    if (isLetterOrDigit(before) || before === '+' || (after && /[A-Za-z0-9]/.test(after))) return null;
    return { end: i + p[0].length, value: null, placeholder: true, chinese: false };
  }
  const c = at(CHINESE, text, i);
  if (c) {
    if (before && (CHINESE_DIGIT.test(before) || before === '第')) return null;
    // The longest well-formed prefix: 两所 reads 两, 十个 reads 十.
    for (let len = c[0].length; len > 0; len--) {
      const s = c[0].slice(0, len);
      if (CHINESE_FORM.test(s)) return { end: i + len, value: parseChineseNumeral(s), placeholder: false, chinese: true };
    }
  }
  return null;
}

function readUnit(text: string, i: number): string | null {
  for (const u of UNITS) if (text.startsWith(u, i)) return u;
  return null;
}

/**
 * Every quantity in `text`: a number (Arabic, Chinese or a placeholder), an optional range, 余/多,
 * a magnitude (万, 亿) and a unit from the list, then 以上/以下/以内/左右. A number without a unit
 * (2024年, 3月, 1号, 5G, 2.0) is not a quantity. `masked` marks characters to skip (quotes, titles).
 */
export function scanQuantities(raw: string, masked: (i: number) => boolean = () => false): Quantity[] {
  const text = toHalfWidth(raw);
  const out: Quantity[] = [];
  let i = 0;
  while (i < text.length) {
    const first = readNumber(text, i, masked);
    if (!first) {
      i++;
      continue;
    }
    let j = first.end;
    let valueMax: number | null = null;
    let rangePercent = false;
    const r = first.placeholder ? null : at(RANGE, text, j);
    if (r) {
      const second = readNumber(text, j + r[0].length, masked);
      if (second && second.chinese === first.chinese && !second.placeholder) {
        valueMax = second.value;
        rangePercent = r[1] === '%';
        j = second.end;
      }
    }
    let approx = !!at(APPROX, text, j);
    if (approx) j++;
    const magnitude = at(MAGNITUDE, text, j)?.[0] ?? '';
    j += magnitude.length;
    if (!approx && magnitude && at(APPROX, text, j)) {
      approx = true;
      j++;
    }
    let unit = readUnit(text, j);
    if (rangePercent && unit !== '%') unit = null;
    if (unit === null && magnitude && !masked(j) && !/[\p{Script=Han}A-Za-z0-9]/u.test(text[j] ?? '')) unit = ''; // 新增学位1万，
    if (unit === null || masked(j)) {
      i = Math.max(j, i + 1);
      continue;
    }
    if (UNIT_CONTINUES[unit]?.test(text.slice(j + unit.length, j + unit.length + 2))) {
      i = j + 1; // xx周年 is an anniversary, not a number of weeks
      continue;
    }
    j += unit.length;
    const suffix = (at(SUFFIX, text, j)?.[0] ?? '') as Quantity['suffix'] | '及以上';
    j += suffix.length;
    out.push({
      start: i,
      end: j,
      value: first.value,
      valueMax,
      unit: magnitude + unit,
      placeholder: first.placeholder,
      chinese: first.chinese,
      approx,
      suffix: suffix === '及以上' ? '以上' : suffix,
    });
    i = j;
  }
  return out;
}

export interface YearMention {
  year: number;
  start: number;
  end: number;
}

/** 2024年, 2020年底, 2021—2025年 (both ends): years written as such, not 202x. */
export function yearMentions(raw: string): YearMention[] {
  const text = toHalfWidth(raw);
  const out: YearMention[] = [];
  const re = /(?<![\d.])((?:19|20)\d{2})(?:\s*(?:-|—{1,2}|–|~|至|到)\s*((?:19|20)\d{2}))?\s*年/g;
  for (const m of text.matchAll(re)) {
    out.push({ year: Number(m[1]), start: m.index, end: m.index + m[0].length });
    if (m[2]) out.push({ year: Number(m[2]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
