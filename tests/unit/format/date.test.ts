import { describe, expect, it } from 'vitest';
import { daysUntil, formatDate, formatDateTime, formatDay } from '../../../shared/format/date';

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).toISOString();

describe('dates in the UI', () => {
  it('an update time reads 2025年3月2日 14:05 in local time', () => {
    expect(formatDateTime(local(2025, 3, 2, 14, 5))).toBe('2025年3月2日 14:05');
  });

  it('midnight keeps two-digit hours and minutes', () => {
    expect(formatDateTime(local(2024, 12, 31, 0, 0))).toBe('2024年12月31日 00:00');
  });

  it('a date alone has no leading zeros', () => {
    expect(formatDate(local(2026, 1, 9, 23, 59))).toBe('2026年1月9日');
  });

  it('an unreadable time is shown as it came rather than as NaN', () => {
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(daysUntil('not a date')).toBeNull();
  });

  it('days until purge count calendar days, not 24-hour blocks', () => {
    const now = new Date(2025, 2, 2, 23, 30);
    expect(daysUntil(local(2025, 3, 3, 0, 10), now)).toBe(1);
    expect(daysUntil(local(2025, 4, 1, 12, 0), now)).toBe(30);
    expect(daysUntil(local(2025, 3, 2, 1, 0), now)).toBe(0);
  });

  it('a 成文日期 stored as 2024-03-26 reads 2024年3月26日 in any time zone', () => {
    expect(formatDay('2024-03-26')).toBe('2024年3月26日');
    expect(formatDay('2022-08-17')).toBe('2022年8月17日');
    expect(formatDay('')).toBe('');
  });
});
