// The data of a 落实情况报告 (progress report): its title, a summary sentence, and a table per
// section of items, targets, latest values, statuses and notes. shared/official/report.ts makes
// the official-document model of it (.docx and PDF).
import { chineseNumeral } from '../outline/numbering';
import { formatShare, formatValue } from './format';
import type { PlanStatus } from './plan-status';
import { dateLabel, parseIsoDate, parsePeriod, periodEnd, periodLabel, periodOfDate } from './period';
import { completedShare, countStatuses, worstStatus } from './rollup';
import { TARGET_STATUSES, type TargetStatus } from './status';

export interface ReportRow {
  /** The item the row's target belongs to ('' for none): rows of one item follow each other. */
  itemUid: string;
  itemLabel: string;
  itemLead: string;
  indicator: string;
  target: string;
  latest: string;
  /** The period of the latest value as stored (2025-Q3), '' when none. */
  period: string;
  latestPeriod: string;
  status: TargetStatus;
  note: string;
}

export interface ReportSection {
  label: string;
  title: string;
  status: TargetStatus | null;
  counts: PlanStatus['counts'];
  rows: ReportRow[];
}

export interface ProgressReport {
  title: string;
  planYear: number;
  organ: string;
  planTitle: string;
  asOf: string;
  asOfLabel: string;
  summary: string;
  counts: PlanStatus['counts'];
  total: number;
  sections: ReportSection[];
}

/** 第三季度 when the date ends a quarter, 9月 when it ends a month, else '' (the date says it). */
function periodPhrase(asOf: string): string {
  const q = periodOfDate(asOf, 'quarter');
  if (periodEnd(q) === asOf) return `第${chineseNumeral(q.index)}季度`;
  const m = periodOfDate(asOf, 'month');
  return periodEnd(m) === asOf ? `${m.index}月` : '';
}

/** 2025年第三季度工作要点落实情况; 截至 a date when the date ends no period or lies after the plan year. */
export function reportTitle(planYear: number, asOf: string): string {
  const d = parseIsoDate(asOf);
  const phrase = d && d.year === planYear ? periodPhrase(asOf) : '';
  return phrase ? `${planYear}年${phrase}工作要点落实情况` : `${planYear}年工作要点落实情况（截至${dateLabel(asOf)}）`;
}

/** 已完成1项（20%），正常推进2项，滞后1项: every status present, the completed share after 已完成. */
export function countsPhrase(counts: PlanStatus['counts']): string {
  const rest = TARGET_STATUSES.filter((s) => s !== '已完成' && counts[s] > 0).map((s) => `${s}${counts[s]}项`);
  const done = counts['已完成'] ? `已完成${counts['已完成']}项（${formatShare(completedShare(counts))}）` : '尚无已完成的指标';
  return [done, ...rest].join('，');
}

export interface ReportInput {
  planYear: number;
  planTitle: string;
  organ: string;
  status: PlanStatus;
  /** Notes of measurements, by target id and period. */
  noteOf: (targetId: number, period: string) => string;
}

export function buildProgressReport(input: ReportInput): ProgressReport {
  const { status } = input;
  const targets = new Map(status.targets.map((t) => [t.id, t]));
  const rowsOf = new Map<string, ReportRow[]>();
  const push = (section: string, row: ReportRow) => (rowsOf.get(section) ?? rowsOf.set(section, []).get(section)!).push(row);
  const row = (t: PlanStatus['targets'][number], item: { uid: string; label: string; lead: string } | null): ReportRow => {
    const p = t.latest ? parsePeriod(t.latest.period) : null;
    return {
      itemUid: item?.uid ?? '',
      itemLabel: item?.label ?? '',
      itemLead: item?.lead ?? '',
      indicator: t.name,
      target: t.target.text,
      latest: t.latest ? formatValue(t.latest.value, t.unit) : '',
      period: t.latest?.period ?? '',
      latestPeriod: p ? periodLabel(p) : '',
      status: t.status,
      note: t.latest ? input.noteOf(t.id, t.latest.period) : '',
    };
  };
  for (const item of status.items) {
    for (const id of item.targetIds) push(item.sectionLabel, row(targets.get(id)!, item));
  }
  const sections: ReportSection[] = status.sections
    .filter((s) => rowsOf.has(s.label))
    .map((s) => ({ label: s.label, title: s.title, status: s.status, counts: s.counts, rows: rowsOf.get(s.label)! }));
  const unlinked = status.targets.filter((t) => t.items.length === 0);
  if (unlinked.length) {
    const counts = countStatuses(unlinked.map((t) => t.status));
    sections.push({ label: '', title: '未关联条目的指标', status: worstStatus(counts), counts, rows: unlinked.map((t) => row(t, null)) });
  }

  const summary = status.total === 0 ? '这份工作要点还没有指标。' : `共${status.total}项指标，${countsPhrase(status.counts)}。`;
  return {
    title: reportTitle(input.planYear, status.date),
    planYear: input.planYear,
    organ: input.organ,
    planTitle: input.planTitle,
    asOf: status.date,
    asOfLabel: `截至${dateLabel(status.date)}`,
    summary,
    counts: status.counts,
    total: status.total,
    sections,
  };
}
