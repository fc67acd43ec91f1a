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
import { FILE_TOO_LARGE_MESSAGE, MAX_IMPORT_INPUT_BYTES } from '../import/limits';

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
  source: '导入内容',
  fileName: '文件名',
  base64: '文件内容',
  text: '粘贴的文本',
  simplified: '繁体转简体',
  restore: '恢复的行',
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
  /** What the user is told when the input is over maxInputBytes (default: a generic sentence). */
  tooLargeMessage?: string;
}
function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

/** The cap on one call's input and the sentence that refuses more (dispatcher and web host alike). */
export function inputLimit(name: string): { bytes: number; message: string } {
  const spec = isMethodName(name) ? (apiContract[name] as MethodSpec<z.ZodType, z.ZodType>) : undefined;
  const bytes = spec?.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const size = bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
  return { bytes, message: spec?.tooLargeMessage ?? `提交的内容过大（超过 ${size}），未作任何保存。` };
}

// ---------- import (导入) and carry-forward (生成下一年度草稿) ----------

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** What is imported: a chosen file's bytes (base64), or text the user pasted. */
export const ImportSourceSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('file'),
      fileName: z.string({ error: '文件名必须是文本。' }).max(255, { error: '文件名不能超过 255 个字符。' }),
      base64: z.string({ error: '文件内容必须是文本。' }).regex(BASE64, { error: '文件内容的编码不正确（应为 base64），请重新选择文件。' }),
    }),
    z.strictObject({ kind: z.literal('text'), text: z.string({ error: '粘贴的内容必须是文本。' }) }),
  ],
  { error: '请选择一个文件，或粘贴要导入的文本。' },
);
export type ImportSource = z.infer<typeof ImportSourceSchema>;

/** Line numbers (paragraph numbers of a .docx) of dropped lines the user put back. */
const restore = z.array(z.number().int().positive(), { error: '恢复的行必须是行号列表。' }).max(100_000);

const importOptions = {
  source: ImportSourceSchema,
  /** Convert Traditional characters to Simplified. */
  simplified: z.boolean({ error: '繁体转简体只能是“是”或“否”。' }).optional(),
  restore: restore.optional(),
  year: year.optional(),
};

const unitsSchema = z.object({ lead: z.array(z.string()), responsible: z.array(z.string()) });

export interface ImportPreviewNodeOut {
  kind: 'section' | 'subsection' | 'item' | 'subitem' | 'paragraph' | 'table';
  level: 0 | 1 | 2 | 3 | 4;
  label: string;
  sourceMarker: string;
  renumbered: boolean;
  text: string;
  lead: string;
  units: { lead: string[]; responsible: string[] };
  line: number;
  table?: number | undefined;
  restored: boolean;
  children: ImportPreviewNodeOut[];
}
const previewNode: z.ZodType<ImportPreviewNodeOut> = z.object({
  kind: z.enum(['section', 'subsection', 'item', 'subitem', 'paragraph', 'table']),
  level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  label: z.string(),
  sourceMarker: z.string(),
  renumbered: z.boolean(),
  text: z.string(),
  lead: z.string(),
  units: unitsSchema,
  line: z.number().int(),
  table: z.number().int().optional(),
  restored: z.boolean(),
  children: z.array(z.lazy(() => previewNode)),
});

export const IndicatorTablePreviewSchema = z.object({
  title: z.string(),
  header: z.array(z.string()),
  line: z.number().int(),
  rows: z.array(
    z.object({
      group: z.string(),
      name: z.string(),
      unit: z.string(),
      baselineYear: z.number().int().nullable(),
      baseline: z.number().nullable(),
      baselineText: z.string(),
      targetYear: z.number().int().nullable(),
      target: z.number().nullable(),
      targetText: z.string(),
      attribute: z.enum(['预期性', '约束性', '']),
    }),
  ),
});

export const DroppedLineSchema = z.object({
  /** The id to restore it by: its line number in the source (paragraph number in a .docx). */
  id: z.number().int(),
  line: z.number().int(),
  text: z.string(),
  reason: z.string(),
});
export type DroppedLineOut = z.infer<typeof DroppedLineSchema>;

/** What an import would make, before anything is saved. */
export const ImportPreviewSchema = z.object({
  source: z.object({
    kind: z.enum(['file', 'text']),
    fileName: z.string(),
    /** docx, text (a .txt file) or paste */
    format: z.enum(['docx', 'text', 'paste']),
    /** The text encoding detected: utf-8, utf-16le, utf-16be, gb18030; '' for .docx and pasted text. */
    encoding: z.string(),
  }),
  title: z.string(),
  /** The year the plan would be saved under (the given one, else the title's, the notice's, this year). */
  year: z.number().int(),
  /** Where that year comes from. */
  yearFrom: z.enum(['given', 'title', 'notice', 'today']),
  kind: PlanKindSchema,
  organ: z.string(),
  numberingMode: NumberingModeSchema,
  /** The source is in Traditional characters (offer 繁体转简体). */
  traditional: z.boolean(),
  simplified: z.boolean(),
  notice: NoticeSchema.extend({ body: z.array(z.string()) }).nullable(),
  counts: z.object({
    sections: z.number().int(),
    subsections: z.number().int(),
    items: z.number().int(),
    subitems: z.number().int(),
    paragraphs: z.number().int(),
    tables: z.number().int(),
    indicators: z.number().int(),
  }),
  structure: z.array(previewNode),
  indicatorTables: z.array(IndicatorTablePreviewSchema),
  dropped: z.array(DroppedLineSchema),
  /** The restore ids the preview was made with. */
  restored: z.array(z.number().int()),
  numberingWarnings: z.array(z.string()),
  /** Everything else to check (year or title not found, pinyin removed …). */
  warnings: z.array(z.string()),
});
export type ImportPreviewOut = z.infer<typeof ImportPreviewSchema>;

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

  /** Reads a file or pasted text into a preview. Writes nothing. */
  'import.preview': method({
    input: z.strictObject(importOptions),
    output: ImportPreviewSchema,
    maxInputBytes: MAX_IMPORT_INPUT_BYTES,
    tooLargeMessage: FILE_TOO_LARGE_MESSAGE,
  }),
  /** Reads the same source again with the user's restored lines and edits, and saves it as a new plan. */
  'import.commit': method({
    input: z.strictObject({ ...importOptions, title: title.optional(), kind: PlanKindSchema.optional(), organ: organ.optional() }),
    output: z.object({ planId, title: z.string(), year: z.number().int() }),
    maxInputBytes: MAX_IMPORT_INPUT_BYTES,
    tooLargeMessage: FILE_TOO_LARGE_MESSAGE,
  }),
  /** 生成下一年度草稿: a new draft for year N+1 from a plan of year N. */
  'carry-forward.run': method({ input: byId, output: PlanSchema }),
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
