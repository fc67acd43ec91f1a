// Dates as the UI shows them, in the user's local time: 2025年3月2日 14:05.
// Pure functions over ISO strings; no DOM, no Intl locale data needed.

function parse(iso: string): Date | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 2025年3月2日 (local date). An unreadable value is returned as it came. */
export function formatDate(iso: string): string {
  const d = parse(iso);
  if (!d) return iso;
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** 2025年3月2日 14:05 (local date and 24-hour time). An unreadable value is returned as it came. */
export function formatDateTime(iso: string): string {
  const d = parse(iso);
  if (!d) return iso;
  return `${formatDate(iso)} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/**
 * Whole calendar days from `now` until `iso` (local dates), e.g. 0 = today, 1 = tomorrow.
 * Negative when the date has passed; null when `iso` is unreadable.
 */
export function daysUntil(iso: string, now: Date = new Date()): number | null {
  const d = parse(iso);
  if (!d) return null;
  const startOf = (x: Date) => new Date(x.getFullYear(), x.getMonth(), x.getDate()).getTime();
  return Math.round((startOf(d) - startOf(now)) / (24 * 60 * 60 * 1000));
}

/** A calendar day stored as YYYY-MM-DD (成文日期) -> 2024年3月26日, no zero padding; other text as it came. */
export function formatDay(isoDay: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : isoDay;
}
