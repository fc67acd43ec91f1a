// The API contract: one zod schema for the input and the output of every method.
// Electron IPC and the web host's HTTP both carry exactly these; the dispatcher checks them.
import { z } from 'zod';
import {
  NUMBERING_MODES,
  PLAN_KINDS,
  PLAN_ORGAN_MAX,
  PLAN_STATUSES,
  PLAN_TITLE_MAX,
  PLAN_YEAR_MAX,
  PLAN_YEAR_MIN,
} from '../domain/plan';
import { TRACKING_FIELD_LABELS, trackingMethods } from './tracking';

/** Default cap on one call's input, as JSON bytes. Methods that carry documents raise it. */
export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024;

/** Chinese names of input fields, used to say which field was wrong. */
export const FIELD_LABELS: Record<string, string> = {
  id: '编号',
  year: '年度',
  title: '标题',
  organ: '发文机关',
  kind: '类型',
  document: '文档',
  numberingMode: '编号方式',
  name: '版本名称',
  revisionId: '版本',
  ...TRACKING_FIELD_LABELS,
};

const planId = z.string({ error: '编号必须是文本。' }).uuid({ error: '编号格式不正确。' });
const isoTime = z.string();

const year = z
  .number({ error: '年度必须是数字。' })
  .int({ error: '年度必须是整数。' })
  .min(PLAN_YEAR_MIN, { error: `年度不能早于 ${PLAN_YEAR_MIN} 年。` })
  .max(PLAN_YEAR_MAX, { error: `年度不能晚于 ${PLAN_YEAR_MAX} 年。` });

const title = z
  .string({ error: '标题必须是文本。' })
  .trim()
  .min(1, { error: '标题不能为空。' })
  .max(PLAN_TITLE_MAX, { error: `标题不能超过 ${PLAN_TITLE_MAX} 个字。` });

const organ = z
  .string({ error: '发文机关必须是文本。' })
  .trim()
  .max(PLAN_ORGAN_MAX, { error: `发文机关不能超过 ${PLAN_ORGAN_MAX} 个字。` });

export const PlanKindSchema = z.enum(PLAN_KINDS, { error: '类型只能是 工作要点、工作思路 或 规划。' });
export const PlanStatusSchema = z.enum(PLAN_STATUSES);
export const NumberingModeSchema = z.enum(NUMBERING_MODES);

/** The issuing notice (印发通知) fields of a plan. Empty string = not set. */
export const NoticeSchema = z.object({
  docNumber: z.string(), // 发文字号, e.g. 泰教发〔2024〕1号
  title: z.string(), // 关于印发《…》的通知
  recipients: z.string(), // 主送机关
  signers: z.array(z.string()), // 署名 (one or two issuing organs)
  date: z.string(), // 成文日期, YYYY-MM-DD
  note: z.string(), // 附注, e.g. （此件公开发布）
  cc: z.string(), // 抄送
  printer: z.string(), // 印发机关
  printDate: z.string(), // 印发日期, YYYY-MM-DD
});
export type Notice = z.infer<typeof NoticeSchema>;

export const PlanSummarySchema = z.object({
  id: planId,
  year: z.number().int(),
  title: z.string(),
  organ: z.string(),
  kind: PlanKindSchema,
  status: PlanStatusSchema,
  updatedAt: isoTime,
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const PlanSchema = PlanSummarySchema.extend({
  createdAt: isoTime,
  numberingMode: NumberingModeSchema,
  /** The Lexical editor state as JSON, or null for a plan never edited. */
  document: z.unknown().nullable(),
  notice: NoticeSchema,
  carriedFromPlanId: z.string().nullable(),
});
export type Plan = z.infer<typeof PlanSchema>;

export const TrashedPlanSchema = PlanSummarySchema.extend({
  deletedAt: isoTime,
  /** When the plan will be removed for good. */
  purgeAt: isoTime,
});
export type TrashedPlan = z.infer<typeof TrashedPlanSchema>;

export const AppInfoSchema = z.object({
  appName: z.string(),
  version: z.string(),
  /** Where the SQLite file is. */
  dbPath: z.string(),
  schemaVersion: z.number().int(),
  /** electron = the desktop window; browser = the web host in a browser. */
  mode: z.enum(['electron', 'browser', 'cli']),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** An outline entry as the API returns it: derived rows plus the label computed when read. */
export const OutlineItemSchema = z.object({
  uid: z.string(),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  parentUid: z.string().nullable(),
  label: z.string(),
  lead: z.string(),
  text: z.string(),
  units: z.object({ lead: z.array(z.string()), responsible: z.array(z.string()) }),
  deadline: z.string(),
});
export type OutlineItem = z.infer<typeof OutlineItemSchema>;

export const RevisionSummarySchema = z.object({ id: z.number().int(), name: z.string(), createdAt: isoTime });
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

/** A serialized Lexical editor state: a root with children. Node details are the editor's. */
const serializedNode: z.ZodType<{ type: string; children?: unknown[] }> = z.looseObject({
  type: z.string(),
  children: z.array(z.lazy(() => serializedNode)).optional(),
});
export const DocumentSchema = z.looseObject({
  root: z.looseObject({ type: z.literal('root'), children: z.array(serializedNode) }),
});

/** Documents are large: a 300-item plan is about 1 MB of editor JSON. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const empty = z.strictObject({});
const byId = z.strictObject({ id: planId });

interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  /** Largest accepted input, in bytes of JSON. */
  maxInputBytes?: number;
}
function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

export const apiContract = {
  'app.info': method({ input: empty, output: AppInfoSchema }),
  'plans.list': method({ input: empty, output: z.array(PlanSummarySchema) }),
  'plans.get': method({ input: byId, output: PlanSchema }),
  'plans.create': method({
    input: z.strictObject({
      year,
      title,
      organ: organ.optional(),
      kind: PlanKindSchema.optional(),
    }),
    output: PlanSchema,
  }),
  'plans.rename': method({ input: z.strictObject({ id: planId, title }), output: PlanSchema }),
  /** Moves a plan to the recycle list (回收站); nothing is destroyed. */
  'plans.delete': method({ input: byId, output: TrashedPlanSchema }),
  'plans.trash': method({ input: empty, output: z.array(TrashedPlanSchema) }),
  'plans.restore': method({ input: byId, output: PlanSchema }),
  /** Removes a plan from the recycle list for good (the user confirmed 彻底删除). */
  'plans.purge': method({ input: byId, output: z.strictObject({ id: planId }) }),

  /** Saves the editor document and re-derives the outline in one transaction. */
  'plans.saveDocument': method({
    input: z.strictObject({ id: planId, document: DocumentSchema, numberingMode: NumberingModeSchema.optional() }),
    output: z.array(OutlineItemSchema),
    maxInputBytes: MAX_DOCUMENT_BYTES,
  }),
  'plans.setNumberingMode': method({
    input: z.strictObject({ id: planId, numberingMode: NumberingModeSchema }),
    output: z.array(OutlineItemSchema),
  }),
  'outline.list': method({ input: byId, output: z.array(OutlineItemSchema) }),
  'units.list': method({ input: empty, output: z.array(z.string()) }),
  'revisions.save': method({
    input: z.strictObject({ id: planId, name: z.string().trim().min(1, { error: '版本名称不能为空。' }).max(100, { error: '版本名称不能超过 100 个字。' }) }),
    output: RevisionSummarySchema,
  }),
  'revisions.list': method({ input: byId, output: z.array(RevisionSummarySchema) }),
  'revisions.restore': method({
    input: z.strictObject({ id: planId, revisionId: z.number().int().positive() }),
    output: z.array(OutlineItemSchema),
  }),
  ...trackingMethods,
} as const;

export type ApiContract = typeof apiContract;
export type MethodName = keyof ApiContract;
export type MethodInput<M extends MethodName> = z.input<ApiContract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<ApiContract[M]['output']>;

export const METHOD_NAMES = Object.keys(apiContract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(apiContract, name);
}

export { IPC_CHANNEL, TOKEN_HEADER } from './channel';
