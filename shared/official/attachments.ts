// The two attachments a plan can carry: 主要指标一览表 (its targets) and 重点任务分解表 (its items),
// as tables of the official-document model.
import type { NumberingMode } from '../domain/plan';
import type { OutlineEntry } from '../outline/derive';
import { targetLeadUnit } from '../outline/item-units';
import { SIZE_PT } from './layout';
import type { OfficialTable, TableCell } from './model';
import { formatValue } from '../domain/indicator';

/** A plan's target as the export reads it: plain data, whatever service keeps it. */
export interface ExportTarget {
  id: number;
  indicator: string;
  /** Unit of measure, e.g. %, 所. */
  unit: string;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  /** Upper end of a range target (区间). */
  targetMax: number | null;
  comparator: string;
  attribute: string;
  /** 牵头单位, '' if none. */
  leadUnit: string;
  /** Outline items the target belongs to. */
  itemUids: string[];
  /** Its group in a 专栏 (基础教育), '' if none. */
  group: string;
  /** YYYY-MM-DD or ''. */
  deadline: string;
}

export const INDICATORS_TITLE = '主要指标一览表';
export const TASKS_TITLE = '重点任务分解表';

/** A target as printed in the table, the unit standing in its own column: ≥95, 3—5, 稳定在 shown as 100. */
function printedTarget(t: Pick<ExportTarget, 'target' | 'targetMax' | 'comparator'>): string {
  if (t.target === null) return '—';
  if (t.comparator === '区间' || t.comparator === '=') return formatValue(t.target, t.comparator === '区间' ? t.targetMax : null);
  return `${t.comparator}${formatValue(t.target)}`;
}

/**
 * How an item is named in a table: its label where labels are unique (continuous numbering),
 * else with its parents' labels (一（二）3.), as labels restart under each heading.
 */
export function itemReference(entry: OutlineEntry, byUid: ReadonlyMap<string, OutlineEntry>, mode: NumberingMode): string {
  if (entry.level === 3 && mode === 'continuous') return entry.label;
  const parts: string[] = [];
  for (let e: OutlineEntry | undefined = entry; e; e = e.parentUid ? byUid.get(e.parentUid) : undefined) {
    parts.unshift(e.level === 1 ? e.label.replace(/、$/, '') : e.label);
  }
  return parts.join('');
}

export function indicatorTable(targets: readonly ExportTarget[], outline: readonly OutlineEntry[], mode: NumberingMode): OfficialTable {
  const byUid = new Map(outline.map((e) => [e.uid, e]));
  // One baseline year for all goes into the header; mixed years stand under each value.
  const years = new Set(targets.filter((t) => t.baseline !== null).map((t) => t.baselineYear));
  const sharedYear = years.size === 1 ? [...years][0] ?? null : null;
  const rows: TableCell[][] = targets.map((t, i) => {
    const items = t.itemUids.map((uid) => byUid.get(uid)).filter((e): e is OutlineEntry => !!e);
    const year = t.baselineYear && t.baselineYear !== sharedYear ? `\n（${t.baselineYear}年）` : '';
    const baseline = t.baseline === null ? '—' : `${formatValue(t.baseline)}${year}`;
    return [
      { text: String(i + 1), align: 'center' },
      { text: t.indicator },
      { text: t.unit || '—', align: 'center' },
      { text: baseline, align: 'center' },
      { text: printedTarget(t), align: 'center' },
      { text: t.attribute || '—', align: 'center' },
      { text: targetLeadUnit(t.leadUnit, t.itemUids, byUid) || '—', align: 'center' },
      { text: items.map((e) => itemReference(e, byUid, mode)).join('、') || '—', align: 'center', source: items[0] ? { uid: items[0].uid } : undefined },
    ];
  });
  return {
    columns: [
      { header: '序号', widthPermille: 70, align: 'center' },
      { header: '指标名称', widthPermille: 225, align: 'left' },
      { header: '单位', widthPermille: 70, align: 'center' },
      { header: sharedYear ? `${sharedYear}年\n基期值` : '基期值', widthPermille: 120, align: 'center' },
      { header: '目标值', widthPermille: 110, align: 'center' },
      { header: '属性', widthPermille: 100, align: 'center' },
      { header: '牵头单位', widthPermille: 135, align: 'center' },
      { header: '对应条目', widthPermille: 170, align: 'center' },
    ],
    rows,
    sizePt: SIZE_PT.xiaosi,
    headerFont: 'hei',
    bodyFont: 'fang',
  };
}

/** One row per item (1.), under a row per section (一、); 工作任务 = the item's number and lead sentence. */
export function taskTable(outline: readonly OutlineEntry[], mode: NumberingMode): OfficialTable {
  const byUid = new Map(outline.map((e) => [e.uid, e]));
  const rows: TableCell[][] = [];
  let n = 0;
  for (const e of outline) {
    if (e.level === 1) rows.push([{ text: `${e.label}${e.lead}`, span: 5, bold: true, source: { uid: e.uid } }]);
    if (e.level !== 3) continue;
    n++;
    const label = mode === 'continuous' ? e.label : itemReference(e, byUid, mode);
    rows.push([
      { text: String(n), align: 'center' },
      { text: `${label}${e.lead}`, source: { uid: e.uid } },
      { text: e.units.lead.join('、') || '—', align: 'center' },
      { text: e.units.responsible.join('、') || '—', align: 'center' },
      { text: e.deadline || '—', align: 'center' },
    ]);
  }
  return {
    columns: [
      { header: '序号', widthPermille: 60, align: 'center' },
      { header: '工作任务', widthPermille: 500, align: 'left' },
      { header: '牵头单位', widthPermille: 160, align: 'center' },
      { header: '责任单位', widthPermille: 160, align: 'center' },
      { header: '完成时限', widthPermille: 120, align: 'center' },
    ],
    rows,
    sizePt: SIZE_PT.si,
    headerFont: 'hei',
    bodyFont: 'fang',
  };
}
