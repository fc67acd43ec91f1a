// Reporting periods of a measurement: a quarter (2025-Q1) or a month (2025-03).
// Canonical text is what is stored; Chinese labels (2025年第一季度, 2025年3月) are derived.
import { chineseNumeral } from '../outline/numbering';

export type PeriodKind = 'quarter' | 'month';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1-4 for a quarter, 1-12 for a month. */
  index: number;
}

export const PERIOD_KINDS: readonly PeriodKind[] = ['quarter', 'month'];
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { quarter: '季度', month: '月度' };

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

/** The stored text of a period: 2025-Q1 or 2025-03. */
export function periodKey(p: Period): string {
  return p.kind === 'quarter' ? `${p.year}-Q${p.index}` : `${p.year}-${String(p.index).padStart(2, '0')}`;
}

function make(kind: PeriodKind, year: number, index: number): Period | null {
  if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) return null;
  if (!Number.isInteger(index) || index < 1 || index > (kind === 'quarter' ? 4 : 12)) return null;
  return { kind, year, index };
}

const CHINESE_QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

// A plan's status reads tens of thousands of stored periods, all among a few hundred keys.
const parsed = new Map<string, Readonly<Period> | null>();
const ends = new Map<string, string | null>();
const CACHE_MAX = 10_000;

/**
 * Reads a period written as the CLI or a spreadsheet header might write it: 2025-Q1, 2025Q1,
 * 2025-03, 2025-3, 2025年第一季度, 2025年一季度, 2025年3月. Null when it is none of these.
 */
export function parsePeriod(text: string): Readonly<Period> | null {
  let p = parsed.get(text);
  if (p === undefined) {
    p = readPeriod(text);
    if (parsed.size < CACHE_MAX) parsed.set(text, p && Object.freeze(p));
  }
  return p;
}

/** The last day of a period given as text, or null when the text is not a period. */
export function periodEndOf(text: string): string | null {
  let end = ends.get(text);
  if (end === undefined) {
    const p = parsePeriod(text);
    end = p ? periodEnd(p) : null;
    if (ends.size < CACHE_MAX) ends.set(text, end);
  }
  return end;
}

function readPeriod(text: string): Period | null {
  const t = text.trim().replace(/\s+/g, '').replace(/[－—–]/g, '-').toUpperCase();
  let m = /^(\d{4})-?Q([1-4])$/.exec(t);
  if (m) return make('quarter', Number(m[1]), Number(m[2]));
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(t);
  if (m) return make('month', Number(m[1]), Number(m[2]));
  m = /^(\d{4})年第?([一二三四1-4])季度?$/.exec(t);
  if (m) return make('quarter', Number(m[1]), CHINESE_QUARTER[m[2]!]!);
  m = /^(\d{4})年(\d{1,2})月份?$/.exec(t);
  if (m) return make('month', Number(m[1]), Number(m[2]));
  return null;
}

/** The canonical text of a period the user wrote, or null. */
export function normalizePeriod(text: string): string | null {
  const p = parsePeriod(text);
  return p ? periodKey(p) : null;
}

/** The message for a period that cannot be read (CLI, API, spreadsheet import). */
export function badPeriodMessage(text: string): string {
  return `期间“${text}”无效，应写作 2025-Q1（季度，Q1 至 Q4）或 2025-03（月份，01 至 12）。`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last month (1-12) a period covers. */
function months(p: Period): [number, number] {
  return p.kind === 'quarter' ? [p.index * 3 - 2, p.index * 3] : [p.index, p.index];
}

/** The first day of the period, YYYY-MM-DD. */
export function periodStart(p: Period): string {
  return `${p.year}-${pad2(months(p)[0])}-01`;
}

/** The last day of the period, YYYY-MM-DD: a value for it counts from this day on. */
export function periodEnd(p: Period): string {
  const last = months(p)[1];
  return `${p.year}-${pad2(last)}-${pad2(daysInMonth(p.year, last))}`;
}

/** Orders periods by when they end; a month before the quarter that ends on the same day. */
export function comparePeriods(a: Period, b: Period): number {
  // Periods end on a month's last day, so year and last month order them as their end dates do.
  const byEnd = a.year - b.year || months(a)[1] - months(b)[1];
  if (byEnd !== 0) return byEnd;
  if (a.kind !== b.kind) return a.kind === 'month' ? -1 : 1;
  return 0;
}

/** The period of a kind that a date (YYYY-MM-DD) falls in. */
export function periodOfDate(date: string, kind: PeriodKind): Period {
  const d = parseIsoDate(date);
  if (!d) throw new Error(`not a date: ${date}`);
  return kind === 'quarter' ? { kind, year: d.year, index: Math.ceil(d.month / 3) } : { kind, year: d.year, index: d.month };
}

/** The last period of a kind that has ended by `date` (its end day on or before it). */
export function lastEndedPeriod(date: string, kind: PeriodKind): Period {
  const current = periodOfDate(date, kind);
  return periodEnd(current) <= date ? current : previousPeriod(current);
}

export function previousPeriod(p: Period): Period {
  if (p.index > 1) return { ...p, index: p.index - 1 };
  return { kind: p.kind, year: p.year - 1, index: p.kind === 'quarter' ? 4 : 12 };
}

export function nextPeriod(p: Period): Period {
  const last = p.kind === 'quarter' ? 4 : 12;
  if (p.index < last) return { ...p, index: p.index + 1 };
  return { kind: p.kind, year: p.year + 1, index: 1 };
}

/** Every period of a kind in a year, in order. */
export function periodsOfYear(year: number, kind: PeriodKind): Period[] {
  const n = kind === 'quarter' ? 4 : 12;
  return Array.from({ length: n }, (_, i) => ({ kind, year, index: i + 1 }));
}

/** 2025年第一季度 / 2025年3月. */
export function periodLabel(p: Period): string {
  return p.kind === 'quarter' ? `${p.year}年第${chineseNumeral(p.index)}季度` : `${p.year}年${p.index}月`;
}

/** 第一季度 / 3月: the label within a known year (column headers). */
export function periodShortLabel(p: Period): string {
  return p.kind === 'quarter' ? `第${chineseNumeral(p.index)}季度` : `${p.index}月`;
}

// ---------- dates (YYYY-MM-DD, calendar days, no time zone) ----------

export interface IsoDate {
  year: number;
  month: number;
  day: number;
}

/** A valid calendar date written YYYY-MM-DD, or null. */
export function parseIsoDate(text: string): IsoDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (for straight-line interpolation). */
export function dayNumber(date: string): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    const d = parseIsoDate(date);
    if (!d) throw new Error(`not a date: ${date}`);
    n = Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
    if (dayNumbers.size < CACHE_MAX) dayNumbers.set(date, n);
  }
  return n;
}
const dayNumbers = new Map<string, number>();

/** The local calendar date of a moment, YYYY-MM-DD (the "today" of a status). */
export function localIsoDate(at: Date): string {
  return `${at.getFullYear()}-${pad2(at.getMonth() + 1)}-${pad2(at.getDate())}`;
}

/** 2025年9月30日 for a YYYY-MM-DD date. */
export function dateLabel(date: string): string {
  const d = parseIsoDate(date);
  return d ? `${d.year}年${d.month}月${d.day}日` : date;
}

/** The ends of a year's four quarters: the dates a status is most often looked back at. */
export function quarterEnds(year: number): string[] {
  return periodsOfYear(year, 'quarter').map(periodEnd);
}
