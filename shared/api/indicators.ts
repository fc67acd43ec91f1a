// Schemas of the indicator methods (targets, links, suggestions, catalogue, Excel). The methods
// themselves are listed in contract.ts with the rest of the API.
import { z } from 'zod';
import {
  ATTRIBUTES,
  COMPARATORS,
  DIRECTIONS,
  INDICATOR_NAME_MAX,
  MEASURE_UNIT_MAX,
  SOURCE_SENTENCE_MAX,
} from '../domain/indicator';
import { PLAN_YEAR_MAX, PLAN_YEAR_MIN } from '../domain/plan';
import { isIsoDay } from '../indicators/typed';

export const ComparatorSchema = z.enum(COMPARATORS, { error: '比较方式只能是 ≥、>、=、≤、< 或 区间。' });
export const AttributeSchema = z.enum(ATTRIBUTES, { error: '属性只能是 预期性 或 约束性。' });
export const DirectionSchema = z.enum(DIRECTIONS, { error: '方向只能是 higher（越高越好）或 lower（越低越好）。' });

export const planIdField = z.string({ error: '工作要点编号必须是文本。' }).uuid({ error: '工作要点编号格式不正确。' });
export const itemUidField = z.string({ error: '条目编号必须是文本。' }).trim().min(1, { error: '条目编号不能为空。' }).max(100, { error: '条目编号过长。' });
export const targetIdField = z.number({ error: '指标编号必须是数字。' }).int({ error: '指标编号必须是整数。' }).positive({ error: '指标编号必须是正整数。' });

const value = (label: string) =>
  z
    .number({ error: `${label}必须是数字。` })
    .refine(Number.isFinite, { error: `${label}必须是有限的数字。` })
    .nullable();

const text = (label: string, max: number) =>
  z.string({ error: `${label}必须是文本。` }).trim().max(max, { error: `${label}不能超过 ${max} 个字。` });

/** YYYY-MM-DD, or '' for no deadline. */
export const deadlineField = z
  .string({ error: '完成时限必须是文本。' })
  .trim()
  .refine((s) => s === '' || isIsoDay(s), {
    error: '完成时限应为日期，如 2025-12-31。',
  });

/** The editable fields of a target; every one may be left out of an update. */
export const TargetFieldsSchema = z.strictObject({
  name: text('指标名称', INDICATOR_NAME_MAX).min(1, { error: '指标名称不能为空。' }),
  unit: text('计量单位', MEASURE_UNIT_MAX).optional(),
  baseline: value('基期值').optional(),
  baselineYear: z
    .number({ error: '基期年份必须是数字。' })
    .int({ error: '基期年份必须是整数。' })
    .min(PLAN_YEAR_MIN - 30, { error: '基期年份不正确。' })
    .max(PLAN_YEAR_MAX, { error: '基期年份不正确。' })
    .nullable()
    .optional(),
  target: value('目标值').optional(),
  targetMax: value('目标上限').optional(),
  comparator: ComparatorSchema.optional(),
  attribute: AttributeSchema.optional(),
  direction: DirectionSchema.optional(),
  deadline: deadlineField.optional(),
  sourceSentence: text('来源句', SOURCE_SENTENCE_MAX).optional(),
  group: text('分组', 40).optional(),
  leadUnit: text('牵头单位', 100).optional(),
});
export type TargetFields = z.infer<typeof TargetFieldsSchema>;

/** An outline entry a target belongs to, with its label computed when read. */
export const TargetItemSchema = z.object({
  uid: z.string(),
  label: z.string(),
  lead: z.string(),
  /** The 一、 section it stands in (for filtering), null for a top-level entry outside any. */
  sectionUid: z.string().nullable(),
});
export type TargetItem = z.infer<typeof TargetItemSchema>;

export const TargetSchema = z.object({
  id: z.number().int(),
  planId: z.string(),
  indicatorId: z.number().int(),
  name: z.string(),
  unit: z.string(),
  attribute: AttributeSchema,
  direction: DirectionSchema,
  baseline: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  target: z.number().nullable(),
  targetMax: z.number().nullable(),
  comparator: ComparatorSchema,
  /** YYYY-MM-DD or '' */
  deadline: z.string(),
  sourceSentence: z.string(),
  group: z.string(),
  leadUnit: z.string(),
  /** No target value yet (xx% in the source): to be filled in. */
  placeholder: z.boolean(),
  items: z.array(TargetItemSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Target = z.infer<typeof TargetSchema>;

export const SuggestionSchema = z.object({
  key: z.string(),
  itemUid: z.string().nullable(),
  itemLabel: z.string(),
  sentence: z.string(),
  match: z.object({ start: z.number().int(), end: z.number().int() }),
  name: z.string(),
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  comparator: ComparatorSchema,
  direction: DirectionSchema,
  deadline: z.string(),
  placeholder: z.boolean(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

/** A suggestion as accepted, possibly edited first: the key stays the one suggested. */
export const AcceptedSuggestionSchema = z.strictObject({
  key: z.string({ error: '建议的标识必须是文本。' }).min(1, { error: '建议的标识不能为空。' }).max(300, { error: '建议的标识过长。' }),
  itemUid: itemUidField.nullable(),
  sentence: text('来源句', SOURCE_SENTENCE_MAX),
  name: TargetFieldsSchema.shape.name,
  value: value('目标值'),
  valueMax: value('目标上限'),
  unit: text('计量单位', MEASURE_UNIT_MAX),
  comparator: ComparatorSchema,
  direction: DirectionSchema.optional(),
  deadline: deadlineField.optional(),
});
export type AcceptedSuggestion = z.infer<typeof AcceptedSuggestionSchema>;

/** A suggestion sent back to be accepted as it was suggested. */
export function acceptedAsIs(s: Suggestion): AcceptedSuggestion {
  return { key: s.key, itemUid: s.itemUid, sentence: s.sentence, name: s.name, value: s.value, valueMax: s.valueMax, unit: s.unit, comparator: s.comparator, direction: s.direction, deadline: s.deadline };
}

/** The 目录's marks: targets per outline entry (uid -> count), open suggestions per entry. */
export const OutlineMarksSchema = z.object({
  targets: z.record(z.string(), z.number().int()),
  suggestions: z.record(z.string(), z.number().int()),
});
export type OutlineMarks = z.infer<typeof OutlineMarksSchema>;

export const ITEM_TARGET_ACTIONS = ['unlink', 'keep', 'delete', 'move'] as const;
export type ItemTargetAction = (typeof ITEM_TARGET_ACTIONS)[number];

/** What happens to one target when the items it belongs to are deleted. */
export const ItemTargetDecisionSchema = z.strictObject({
  targetId: targetIdField,
  action: z.enum(ITEM_TARGET_ACTIONS, { error: '处理方式只能是 解除关联、保留为未关联、删除指标 或 移到其他条目。' }),
  /** For move: the item the target goes to. */
  toItemUid: itemUidField.optional(),
});

export const ItemTargetsSchema = z.object({
  target: TargetSchema,
  /** Items outside the ones being deleted that the target stays linked to. */
  otherItems: z.array(TargetItemSchema),
});

export const IndicatorSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  unit: z.string(),
  attribute: AttributeSchema,
  direction: DirectionSchema,
  /** Years of the plans that have a target for it, oldest first. */
  years: z.array(z.number().int()),
});

export const IndicatorHistorySchema = z.object({
  indicator: IndicatorSummarySchema,
  targets: z.array(
    z.object({
      targetId: z.number().int(),
      planId: z.string(),
      planTitle: z.string(),
      year: z.number().int(),
      baseline: z.number().nullable(),
      baselineYear: z.number().int().nullable(),
      target: z.number().nullable(),
      targetMax: z.number().nullable(),
      comparator: ComparatorSchema,
      deadline: z.string(),
      /** The most recent measurement, null when none was entered. */
      latest: z.object({ period: z.string(), value: z.number() }).nullable(),
    }),
  ),
});
export type IndicatorHistory = z.infer<typeof IndicatorHistorySchema>;

/** An .xlsx file as base64 in JSON: 10 MB of spreadsheet is far beyond any plan's targets. */
export const MAX_XLSX_BYTES = 10 * 1024 * 1024;
export const XlsxFileSchema = z.object({ fileName: z.string(), data: z.string() });

export const XlsxImportResultSchema = z.object({
  /** false when any row was refused: then nothing was written. */
  applied: z.boolean(),
  updated: z.number().int(),
  added: z.number().int(),
  unchanged: z.number().int(),
  /** 第5行：目标值不是数字。 one per refused row */
  errors: z.array(z.object({ row: z.number().int(), message: z.string() })),
});
export type XlsxImportResult = z.infer<typeof XlsxImportResultSchema>;
