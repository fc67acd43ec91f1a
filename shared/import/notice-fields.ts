// The single fields of an issuing notice, each read from one line: 发文字号, 成文日期, 附注, 版记.
import { parseChineseNumeral } from '../outline/markers';
import { clean } from './lines';

const DOC_NUMBER = /^([\u4e00-\u9fa5]{1,14}?)\s*[〔[【(（［]\s*((?:19|20)\d{2})\s*[〕\]】)）］]\s*第?\s*0*(\d{1,5})\s*号$/;

/** 泰教发〔2024〕1号 from 泰教发[2024]1号, 泰教发【2024】第01号 …; '' if the line is not a 发文字号. */
export function parseDocNumber(line: string): string {
  const m = DOC_NUMBER.exec(clean(line).replace(/\s+/g, ''));
  return m ? `${m[1]}〔${m[2]}〕${m[3]}号` : '';
}

const pad = (n: number) => String(n).padStart(2, '0');
function iso(y: number, m: number, d: number): string {
  if (m < 1 || m > 12 || d < 1 || d > 31) return '';
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 ? `${y}-${pad(m)}-${pad(d)}` : '';
}

const CN_YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', О: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

export interface ParsedDate {
  iso: string;
  /** The digits could be read two ways (2024111: 1月11日 or 11月1日). */
  ambiguous: boolean;
}

/**
 * 成文日期 from a whole line: 2024年3月26日, 2024-03-26, 2024.3.26, 二〇二四年三月二十六日, or the
 * garbled 2024327 (a copy that lost 年 月 日). null if the line is not a date.
 */
export function parseNoticeDate(line: string): ParsedDate | null {
  const t = clean(line).replace(/\s+/g, '');
  let m = /^((?:19|20)\d{2})[年\-./](\d{1,2})[月\-./](\d{1,2})日?$/.exec(t);
  if (m) {
    const v = iso(+m[1]!, +m[2]!, +m[3]!);
    return v ? { iso: v, ambiguous: false } : null;
  }
  m = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/.exec(t);
  if (m) {
    const y = Number([...m[1]!].map((c) => CN_YEAR_DIGITS[c]).join(''));
    const v = iso(y, parseChineseNumeral(m[2]!), parseChineseNumeral(m[3]!));
    return v ? { iso: v, ambiguous: false } : null;
  }
  m = /^((?:19|20)\d{2})(\d{2,4})$/.exec(t);
  if (!m) return null;
  const y = +m[1]!;
  const rest = m[2]!;
  const readings =
    rest.length === 2
      ? [iso(y, +rest[0]!, +rest[1]!)]
      : rest.length === 4
        ? [iso(y, +rest.slice(0, 2), +rest.slice(2))]
        : [iso(y, +rest.slice(0, 1), +rest.slice(1)), iso(y, +rest.slice(0, 2), +rest.slice(2))];
  const valid = readings.filter(Boolean);
  if (!valid.length) return null;
  return { iso: valid[0]!, ambiguous: valid.length > 1 };
}

/** 附注 such as （此件公开发布） （此件主动公开）, written with full-width parentheses; '' if not one. */
export function parseNote(line: string): string {
  const m = /^[（(]\s*(此件[^（）()]{1,16}|联系人[^（）()]{1,40})\s*[)）]$/.exec(clean(line));
  return m ? `（${m[1]}）` : '';
}

/** 抄送：… -> the recipients of copies; '' if not a 抄送 line. */
export function parseCc(line: string): string {
  const m = /^抄\s*送\s*[:：]\s*(.+?)[。.]?$/.exec(clean(line));
  return m ? m[1]! : '';
}

/** 泰安市教育局办公室  2024年3月26日印发 -> printer and date; null if not a 印发 line. */
export function parsePrintLine(line: string): { printer: string; date: string } | null {
  const m = /^(.+?)\s+(\S+?)印发$/.exec(clean(line));
  if (!m) return null;
  const date = parseNoticeDate(m[2]!);
  return date ? { printer: m[1]!.trim(), date: date.iso } : null;
}
