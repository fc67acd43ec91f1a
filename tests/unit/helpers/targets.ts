// Targets for tracking tests, created through the indicators service (as the app creates them),
// and a small 2025 plan to track.
import type { Services } from '../../../electron/services/index';
import type { Attribute, Comparator, Direction } from '../../../shared/domain/indicator';
import { doc, type BlockSpec } from './doc';

export interface TargetSeed {
  indicator: string;
  unit?: string;
  direction?: Direction;
  attribute?: Attribute;
  baseline?: number | null;
  baselineYear?: number | null;
  target: number | null;
  targetMax?: number | null;
  comparator?: Comparator;
  deadline?: string;
  leadUnit?: string;
  /** Outline node uids the target is linked to. */
  items?: string[];
}

/** A target of the plan through IndicatorService.create; returns its id. */
export function createTarget(s: Services, planId: string, seed: TargetSeed): number {
  const { indicator, items, ...fields } = seed;
  return s.indicators.create(planId, { name: indicator, ...fields }, items ?? []).id;
}

/** The outline of the small tracked plan: two sections, five items, the units on the items. */
export const TRACKED_BLOCKS: BlockSpec[] = [
  { level: 1, text: '坚持立德树人，加强思想政治教育', uid: 'sec-1' },
  { level: 3, text: '建立50个首课教育基地，培养200名首课教学名师。', uid: 'item-1', units: { lead: ['思政科'], responsible: [] } },
  { level: 3, text: '确保全市幼儿园招生报名“一网通办”覆盖率达到90%以上。', uid: 'item-2', units: { lead: ['基础教育科'], responsible: ['各区县教育局'] } },
  { level: 1, text: '优化资源配置，办好人民满意的教育', uid: 'sec-2' },
  { level: 3, text: '新建改扩建中小学11所。', uid: 'item-3', units: { lead: ['发展规划科'], responsible: [] } },
  { level: 3, text: '儿童青少年近视率控制在50%以内。', uid: 'item-4', units: { lead: ['体卫艺科'], responsible: ['各区县教育局'] } },
  { level: 3, text: '推动2—3个市域产教联合体建设。', uid: 'item-5', units: { lead: ['职业教育科'], responsible: [] } },
];

export interface TrackedPlan {
  planId: string;
  targets: { bases: number; netService: number; schools: number; myopia: number; alliances: number };
}

/**
 * A 2025 plan with five targets of every kind (count, percentage, lower-is-better, range).
 * Item uids are TRACKED_BLOCKS' own with `uidPrefix` before them (uids are unique across plans).
 */
export function seedTrackedPlan(s: Services, title = '泰安市教育局2025年工作要点', uidPrefix = ''): TrackedPlan {
  const planId = s.plans.create({ year: 2025, title, organ: '泰安市教育局' }).id;
  s.outline.save(planId, doc(TRACKED_BLOCKS.map((b) => ({ ...b, uid: `${uidPrefix}${b.uid}` }))));
  const t = (seed: TargetSeed) => createTarget(s, planId, { ...seed, items: seed.items?.map((uid) => `${uidPrefix}${uid}`) });
  return {
    planId,
    targets: {
      bases: t({ indicator: '首课教育基地', unit: '个', target: 50, items: ['item-1'] }),
      netService: t({ indicator: '幼儿园招生“一网通办”覆盖率', unit: '%', baseline: 80, baselineYear: 2024, target: 90, comparator: '≥', items: ['item-2'] }),
      schools: t({ indicator: '新建改扩建中小学', unit: '所', target: 11, deadline: '2025-08-31', items: ['item-3'] }),
      myopia: t({ indicator: '儿童青少年近视率', unit: '%', direction: 'lower', baseline: 54, baselineYear: 2024, target: 50, comparator: '≤', items: ['item-4'] }),
      alliances: t({ indicator: '市域产教联合体', unit: '个', target: 2, targetMax: 3, comparator: '区间', items: ['item-5'] }),
    },
  };
}
