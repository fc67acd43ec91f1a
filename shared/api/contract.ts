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
import { FindingSchema } from '../official/findings';
import { FontCheckSchema } from '../official/font-check';
import { ExportSettingsSchema } from '../official/settings';
import {
  AcceptedSuggestionSchema,
  IndicatorHistorySchema,
  IndicatorSummarySchema,
  ItemTargetDecisionSchema,
  ItemTargetsSchema,
  MAX_XLSX_BYTES,
  OutlineMarksSchema,
  SuggestionSchema,
  TargetFieldsSchema,
  TargetSchema,
  XlsxFileSchema,
  XlsxImportResultSchema,
  itemUidField,
  planIdField,
  targetIdField,
} from './indicators';
import { TRACKING_FIELD_LABELS, trackingMethods } from './tracking';
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
  status: '状态',
  document: '文档',
  numberingMode: '编号方式',
  name: '名称',
  revisionId: '版本',
  settings: '导出设置',
  notice: '印发通知',
  layout: '版式',
  markText: '发文机关标志',
  markSuffix: '标志后缀',
  fonts: '字体',
  noticeBody: '通知正文',
  docNumber: '发文字号',
  recipients: '主送机关',
  signers: '署名',
  date: '成文日期',
  note: '附注',
  cc: '抄送',
  printer: '印发机关',
  printDate: '印发日期',
  planId: '工作要点',
  itemUid: '条目',
  itemUids: '条目',
  targetId: '指标',
  indicatorId: '指标',
  unit: '计量单位',
  baseline: '基期值',
  baselineYear: '基期年份',
  target: '目标值',
  targetMax: '目标上限',
  value: '目标值',
  valueMax: '目标上限',
  comparator: '比较方式',
  attribute: '属性',
  direction: '方向',
  deadline: '完成时限',
  sourceSentence: '来源句',
  sentence: '来源句',
  group: '分组',
  leadUnit: '牵头单位',
  suggestions: '建议',
  key: '建议',
  decisions: '处理方式',
  action: '处理方式',
  toItemUid: '目标条目',
  data: '文件内容',
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
export const PlanStatusSchema = z.enum(PLAN_STATUSES, { error: `状态只能是 ${PLAN_STATUSES.join('、')}。` });
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

const day = (label: string) =>
  z
    .string({ error: `${label}必须是文本。` })
    .trim()
    .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), { error: `${label}应为日期，如 2024-03-26。` });
const noticeText = (label: string, max: number) =>
  z.string({ error: `${label}必须是文本。` }).max(max, { error: `${label}不能超过 ${max} 个字。` });

/** The notice fields as the export dialog sends them: checked before anything is written. */
export const NoticeInputSchema = z.strictObject({
  docNumber: noticeText('发文字号', 40),
  title: noticeText('通知标题', 200),
  recipients: noticeText('主送机关', 500),
  signers: z.array(noticeText('署名', 60), { error: '署名必须是文本列表。' }).max(2, { error: '署名最多两个发文机关。' }),
  date: day('成文日期'),
  note: noticeText('附注', 60),
  cc: noticeText('抄送', 500),
  printer: noticeText('印发机关', 60),
  printDate: day('印发日期'),
});

export const ExportSetupSchema = z.object({ settings: ExportSettingsSchema, notice: NoticeSchema });
export type ExportSetup = z.infer<typeof ExportSetupSchema>;

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
  /** Chinese names of this method's fields where they differ from FIELD_LABELS (value = 填报值 here). */
  labels?: Record<string, string>;
  /** What the user is told when the input is over maxInputBytes (default: a generic sentence). */
  tooLargeMessage?: string;
}

/** Gives every method of a group the group's own field names. */
function withLabels<T extends Record<string, { input: z.ZodType; output: z.ZodType; maxInputBytes?: number }>>(
  methods: T,
  labels: Record<string, string>,
): { [K in keyof T]: T[K] & { labels: Record<string, string> } } {
  return Object.fromEntries(Object.entries(methods).map(([name, spec]) => [name, { ...spec, labels }])) as {
    [K in keyof T]: T[K] & { labels: Record<string, string> };
  };
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
  /** 基本信息: any of title, year, kind, issuing organ and status; what is left out stays. */
  'plans.update': method({
    input: z.strictObject({ id: planId, title: title.optional(), year: year.optional(), kind: PlanKindSchema.optional(), organ: organ.optional(), status: PlanStatusSchema.optional() }),
    output: PlanSchema,
  }),
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

  /** The plan's export settings (remembered per plan) and its notice fields. */
  'export.settings.get': method({ input: byId, output: ExportSetupSchema }),
  /** Remembers the settings and saves the notice fields on the plan, in one transaction. */
  'export.settings.set': method({
    input: z.strictObject({ id: planId, settings: ExportSettingsSchema, notice: NoticeInputSchema.optional() }),
    output: ExportSetupSchema,
  }),
  /** 格式检查 with the given (possibly unsaved) settings and notice, else the remembered ones. */
  'export.checks': method({
    input: z.strictObject({ id: planId, settings: ExportSettingsSchema.optional(), notice: NoticeInputSchema.optional() }),
    output: z.array(FindingSchema),
  }),
  /** The .docx as base64 for the renderer to download, with the findings of the check. */
  'export.docx': method({
    input: z.strictObject({ id: planId, settings: ExportSettingsSchema.optional() }),
    output: z.object({ fileName: z.string(), base64: z.string(), checks: z.array(FindingSchema) }),
  }),
  /** 字体检查: the official fonts this PC has and the stand-ins the PDF will use. */
  'export.fonts': method({
    input: z.strictObject({ id: planId, settings: ExportSettingsSchema.optional() }),
    output: FontCheckSchema,
  }),
  /** The PDF (printed by Chromium from the same model) as base64, with its page count and fonts. */
  'export.pdf': method({
    input: z.strictObject({ id: planId, settings: ExportSettingsSchema.optional() }),
    output: z.object({ fileName: z.string(), base64: z.string(), pages: z.number().int(), fonts: FontCheckSchema, checks: z.array(FindingSchema) }),
  }),
  /** The print preview: the same PDF; `key` changes only when the printed pages do. */
  'export.preview': method({
    input: z.strictObject({ id: planId, settings: ExportSettingsSchema.optional() }),
    output: z.object({ key: z.string(), base64: z.string(), pages: z.number().int(), fonts: FontCheckSchema }),
  }),
  /** The one-click fix: half-width punctuation and straight quotes -> full-width, saved in one go. */
  'export.fixPunctuation': method({
    input: byId,
    output: z.object({ changedBlocks: z.number().int(), changedFields: z.array(z.string()) }),
  }),

  // Indicators (指标): targets of a plan, their links to items, suggestions, the catalogue, Excel.
  'targets.list': method({ input: z.strictObject({ planId: planIdField }), output: z.array(TargetSchema) }),
  'targets.get': method({ input: z.strictObject({ id: targetIdField }), output: TargetSchema }),
  /** Targets linked to one outline entry (the panel beside the editor). */
  'targets.ofItem': method({ input: z.strictObject({ planId: planIdField, itemUid: itemUidField }), output: z.array(TargetSchema) }),
  /** Targets linked to no item (imported tables, or items deleted). */
  'targets.unassigned': method({ input: z.strictObject({ planId: planIdField }), output: z.array(TargetSchema) }),
  'targets.create': method({
    input: TargetFieldsSchema.extend({ planId: planIdField, itemUids: z.array(itemUidField).max(50, { error: '一个指标最多关联 50 个条目。' }).optional() }),
    output: TargetSchema,
  }),
  'targets.update': method({ input: TargetFieldsSchema.partial().extend({ id: targetIdField }), output: TargetSchema }),
  'targets.delete': method({ input: z.strictObject({ id: targetIdField }), output: z.strictObject({ id: z.number().int() }) }),
  'targets.link': method({ input: z.strictObject({ targetId: targetIdField, itemUid: itemUidField }), output: TargetSchema }),
  'targets.unlink': method({ input: z.strictObject({ targetId: targetIdField, itemUid: itemUidField }), output: TargetSchema }),
  /** 指标建议 for the whole plan, or for one item; rejected and already accepted ones are left out. */
  'indicators.suggest': method({ input: z.strictObject({ planId: planIdField, itemUid: itemUidField.optional() }), output: z.array(SuggestionSchema) }),
  'indicators.accept': method({
    input: z.strictObject({
      planId: planIdField,
      suggestions: z.array(AcceptedSuggestionSchema).min(1, { error: '请至少选择一条建议。' }).max(1000, { error: '一次最多接受 1000 条建议。' }),
    }),
    output: z.array(TargetSchema),
    maxInputBytes: 2 * 1024 * 1024,
  }),
  'indicators.reject': method({
    input: z.strictObject({ planId: planIdField, itemUid: itemUidField.nullable(), key: AcceptedSuggestionSchema.shape.key }),
    output: z.strictObject({ rejected: z.literal(true) }),
  }),
  /** The suggestions marked 不采纳 that the text still holds, for the whole plan or one item. */
  'indicators.rejected': method({ input: z.strictObject({ planId: planIdField, itemUid: itemUidField.optional() }), output: z.array(SuggestionSchema) }),
  /** 重新提出: a rejected suggestion is proposed again. */
  'indicators.unreject': method({
    input: z.strictObject({ planId: planIdField, itemUid: itemUidField.nullable(), key: AcceptedSuggestionSchema.shape.key }),
    output: z.strictObject({ restored: z.boolean() }),
  }),
  /** The 目录's marks, fetched once per save: targets per outline entry and open suggestions per entry. */
  'indicators.outlineMarks': method({ input: z.strictObject({ planId: planIdField }), output: OutlineMarksSchema }),
  /** Before items are deleted: their targets, and where else each is linked. */
  'indicators.forItems': method({
    input: z.strictObject({ planId: planIdField, itemUids: z.array(itemUidField).min(1, { error: '请指定条目。' }).max(2000, { error: '条目过多。' }) }),
    output: z.array(ItemTargetsSchema),
  }),
  /** What to do with those targets: unlink, keep (they show as unassigned once the item is gone), delete, move. */
  'indicators.resolveItems': method({
    input: z.strictObject({
      planId: planIdField,
      itemUids: z.array(itemUidField).min(1, { error: '请指定条目。' }).max(2000, { error: '条目过多。' }),
      decisions: z.array(ItemTargetDecisionSchema).max(5000, { error: '处理的指标过多。' }),
    }),
    output: z.object({ unlinked: z.number().int(), kept: z.number().int(), deleted: z.number().int(), moved: z.number().int() }),
  }),
  /** The indicator catalogue across years. */
  'indicators.list': method({ input: empty, output: z.array(IndicatorSummarySchema) }),
  /** One indicator's targets in every plan, oldest year first. */
  'indicators.history': method({ input: z.strictObject({ indicatorId: targetIdField }), output: IndicatorHistorySchema }),
  'indicators.exportXlsx': method({ input: z.strictObject({ planId: planIdField }), output: XlsxFileSchema }),
  'indicators.importXlsx': method({
    input: z.strictObject({ planId: planIdField, data: z.string({ error: '文件内容必须是 base64 文本。' }).min(1, { error: '文件是空的。' }) }),
    output: XlsxImportResultSchema,
    maxInputBytes: Math.ceil((MAX_XLSX_BYTES * 4) / 3) + 1024,
  }),
  ...withLabels(trackingMethods, TRACKING_FIELD_LABELS),
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
