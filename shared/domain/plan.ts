// Plan: the values a plan may take, with their Chinese labels. See glossary.ts.

export const PLAN_KINDS = ['工作要点', '工作思路', '规划'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_STATUSES = ['草稿', '征求意见稿', '送审稿', '定稿', '已印发'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Level-3 numbering: continuous through the document (工作要点) or restarting under each parent (规划). */
export const NUMBERING_MODES = ['continuous', 'restart'] as const;
export type NumberingMode = (typeof NUMBERING_MODES)[number];

export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2100;
export const PLAN_TITLE_MAX = 200;
export const PLAN_ORGAN_MAX = 100;

/** Days a deleted plan stays in the recycle list (回收站) before it is purged. */
export const TRASH_RETENTION_DAYS = 30;

/** The numbering a kind of plan usually uses; the writer can switch it at any time. */
export function defaultNumberingMode(kind: PlanKind): NumberingMode {
  return kind === '规划' ? 'restart' : 'continuous';
}

/** The date after which a plan deleted at `deletedAt` (ISO string) is purged. */
export function trashPurgeDate(deletedAt: string): string {
  const ms = Date.parse(deletedAt) + TRASH_RETENTION_DAYS * 24 * 60 * 60 * 1000;
  return new Date(ms).toISOString();
}

/** A suggested title for a new plan, e.g. 泰安市教育局2025年工作要点. */
export function suggestPlanTitle(year: number, organ: string, kind: PlanKind): string {
  return `${organ.trim()}${year}年${kind}`;
}
