import { describe, expect, it } from 'vitest';
import { deadlineDate } from '../../../shared/tracking/deadline';
import {
  comparePeriods,
  dateLabel,
  lastEndedPeriod,
  nextPeriod,
  normalizePeriod,
  parseIsoDate,
  parsePeriod,
  periodEnd,
  periodKey,
  periodLabel,
  periodOfDate,
  periodStart,
  periodsOfYear,
  previousPeriod,
  quarterEnds,
} from '../../../shared/tracking/period';

describe('reporting periods', () => {
  it('reads quarters and months in the stored form and as people write them', () => {
    expect(normalizePeriod('2025-Q1')).toBe('2025-Q1');
    expect(normalizePeriod('2025q3')).toBe('2025-Q3');
    expect(normalizePeriod('2025-03')).toBe('2025-03');
    expect(normalizePeriod('2025-3')).toBe('2025-03');
    expect(normalizePeriod('2025年第三季度')).toBe('2025-Q3');
    expect(normalizePeriod('2025年一季度')).toBe('2025-Q1');
    expect(normalizePeriod('2025年12月')).toBe('2025-12');
    expect(normalizePeriod(' 2025 - Q4 ')).toBe('2025-Q4');
  });

  it('refuses periods that do not exist', () => {
    for (const bad of ['2025-Q5', '2025-Q0', '2025-13', '2025-00', '25-Q1', 'Q1', '', '2025', '2025年第五季度', '1899-Q1']) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });

  it('knows the first and last day of each period, leap years included', () => {
    expect(periodStart(parsePeriod('2025-Q3')!)).toBe('2025-07-01');
    expect(periodEnd(parsePeriod('2025-Q3')!)).toBe('2025-09-30');
    expect(periodEnd(parsePeriod('2025-Q4')!)).toBe('2025-12-31');
    expect(periodEnd(parsePeriod('2024-02')!)).toBe('2024-02-29');
    expect(periodEnd(parsePeriod('2025-02')!)).toBe('2025-02-28');
    expect(quarterEnds(2025)).toEqual(['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
  });

  it('orders periods by when they end, a month before its quarter', () => {
    const keys = ['2025-Q2', '2025-03', '2024-12', '2025-Q1', '2025-01', '2024-Q4'];
    const sorted = keys.map((k) => parsePeriod(k)!).sort(comparePeriods).map(periodKey);
    expect(sorted).toEqual(['2024-12', '2024-Q4', '2025-01', '2025-03', '2025-Q1', '2025-Q2']);
  });

  it('finds the period a date falls in and the last one ended by it', () => {
    expect(periodKey(periodOfDate('2025-08-15', 'quarter'))).toBe('2025-Q3');
    expect(periodKey(periodOfDate('2025-08-15', 'month'))).toBe('2025-08');
    expect(periodKey(lastEndedPeriod('2025-08-15', 'quarter'))).toBe('2025-Q2');
    expect(periodKey(lastEndedPeriod('2025-09-30', 'quarter'))).toBe('2025-Q3');
    expect(periodKey(lastEndedPeriod('2025-01-10', 'quarter'))).toBe('2024-Q4');
    expect(periodKey(lastEndedPeriod('2025-01-10', 'month'))).toBe('2024-12');
  });

  it('steps across year ends and lists a year', () => {
    expect(periodKey(nextPeriod(parsePeriod('2025-Q4')!))).toBe('2026-Q1');
    expect(periodKey(previousPeriod(parsePeriod('2025-01')!))).toBe('2024-12');
    expect(periodsOfYear(2025, 'month').map(periodKey)).toHaveLength(12);
    expect(periodsOfYear(2025, 'quarter').map(periodKey)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
  });

  it('labels periods and dates in Chinese', () => {
    expect(periodLabel(parsePeriod('2025-Q3')!)).toBe('2025年第三季度');
    expect(periodLabel(parsePeriod('2025-03')!)).toBe('2025年3月');
    expect(dateLabel('2025-09-30')).toBe('2025年9月30日');
  });

  it('accepts only real calendar dates', () => {
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2025-9-30')).toBeNull();
  });
});

describe('deadlines', () => {
  it('reads stored and written deadlines to the day they end', () => {
    expect(deadlineDate('2025-08-31', 2025)).toBe('2025-08-31');
    expect(deadlineDate('2025-06', 2025)).toBe('2025-06-30');
    expect(deadlineDate('2026', 2025)).toBe('2026-12-31');
    expect(deadlineDate('8月底前', 2025)).toBe('2025-08-31');
    expect(deadlineDate('2025年12月底前', 2025)).toBe('2025-12-31');
    expect(deadlineDate('十月底', 2025)).toBe('2025-10-31');
    expect(deadlineDate('年内', 2025)).toBe('2025-12-31');
    expect(deadlineDate('上半年', 2025)).toBe('2025-06-30');
    expect(deadlineDate('第三季度', 2025)).toBe('2025-09-30');
    expect(deadlineDate('2027年底前', 2025)).toBe('2027-12-31');
  });

  it('says nothing for text without a date', () => {
    expect(deadlineDate('', 2025)).toBeNull();
    expect(deadlineDate('长期坚持', 2025)).toBeNull();
    expect(deadlineDate('2025-13', 2025)).toBeNull();
  });
});
