// Deadlines written into a sentence: 8月底前, 年内, 年底前, 上半年, 第三季度, 到2025年. A relative
// deadline falls in the plan's year; the result is an ISO date (YYYY-MM-DD), '' when there is none.
import { parseChineseNumeral } from '../outline/markers';
import { toHalfWidth } from './numbers';

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(last)}`;
}

function monthOf(s: string): number {
  const n = /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : 0;
}

const QUARTER_END: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

/** The date a target is due by, read from its sentence; '' if the sentence names none. */
export function findDeadline(raw: string, year: number | null | undefined): string {
  const text = toHalfWidth(raw);
  // An explicit year with 到/至/前: 到2025年, 2025年底前, 至2025年.
  const explicit = /(?:到|至|在|于)\s*((?:19|20)\d{2})\s*年(?:底|末)?|((?:19|20)\d{2})\s*年(?:底|末)?(?:前|以前|之前)/.exec(text);
  if (explicit) {
    const y = Number(explicit[1] ?? explicit[2]);
    if (!year || y >= year) return `${y}-12-31`;
  }
  if (!year) return '';
  const day = /(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2})日(?:前|以前|之前)/.exec(text);
  if (day) {
    const m = monthOf(day[1]!);
    const d = Number(day[2]);
    if (m && d >= 1 && d <= 31) return `${year}-${pad(m)}-${pad(Math.min(d, Number(monthEnd(year, m).slice(8))))}`;
  }
  const month = /(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)|(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末)/.exec(text);
  if (month) {
    const m = monthOf(month[1] ?? month[2]!);
    if (m) return monthEnd(year, m);
  }
  const quarter = /(?:第)?([一二三四1-4])季度/.exec(text);
  if (quarter) return monthEnd(year, QUARTER_END[quarter[1]!]!);
  if (/上半年/.test(text)) return `${year}-06-30`;
  if (/年内|年底|年末|全年|当年|今年|下半年/.test(text)) return `${year}-12-31`;
  // The plan's own year as the time of the sentence: 2024年建立50个首课教育基地.
  const own = new RegExp(`(?<!\\d)${year}\\s*年(?![\\d级])`).exec(text);
  if (own) return `${year}-12-31`;
  return '';
}
