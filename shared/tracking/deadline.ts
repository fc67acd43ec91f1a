// A target's deadline as a calendar date. Stored deadlines are YYYY-MM-DD as a rule, but
// imported or typed ones may be 2025-08, 2025, 8月底前, 年内: all are read to the day they end.
import { parseIsoDate } from './period';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function monthEnd(year: number, month: number): string {
  return `${year}-${pad2(month)}-${pad2(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function monthNumber(text: string): number | null {
  const n = /^\d+$/.test(text) ? Number(text) : CN_DIGIT[text];
  return n !== undefined && n >= 1 && n <= 12 ? n : null;
}

/**
 * The last day by which a deadline must be met, YYYY-MM-DD, or null when the text says no date.
 * `planYear` fills in a year the text leaves out (8月底前 in a 2025 plan is 2025-08-31).
 */
export function deadlineDate(text: string, planYear: number): string | null {
  const t = text.trim().replace(/\s+/g, '');
  if (!t) return null;
  if (parseIsoDate(t)) return t;
  let m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m) {
    const month = monthNumber(m[2]!);
    return month ? monthEnd(Number(m[1]), month) : null;
  }
  m = /^(\d{4})(?:年)?(?:内|底前?|末前?|年底前?)?$/.exec(t);
  if (m) return `${m[1]}-12-31`;
  m = /^(?:(\d{4})年)?(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末|份)?(?:前|之前|完成)?$/.exec(t);
  if (m) {
    const month = monthNumber(m[2]!);
    return month ? monthEnd(m[1] ? Number(m[1]) : planYear, month) : null;
  }
  m = /^(?:(\d{4})年)?(上半年|下半年|年内|年底|年末|全年|本年度|年度内)(?:前|内|完成)?$/.exec(t);
  if (m) {
    const year = m[1] ? Number(m[1]) : planYear;
    return m[2] === '上半年' ? `${year}-06-30` : `${year}-12-31`;
  }
  m = /^(?:(\d{4})年)?第?([一二三四1-4])季度(?:末|底)?(?:前)?$/.exec(t);
  if (m) {
    const q = '一二三四'.indexOf(m[2]!) + 1 || Number(m[2]);
    return monthEnd(m[1] ? Number(m[1]) : planYear, q * 3);
  }
  return null;
}
