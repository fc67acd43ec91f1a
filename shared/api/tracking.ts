// The tracking part of the API contract (填报, status, 看板, 填报表, 落实情况): schemas and methods,
// spread into apiContract in contract.ts.
import { z } from 'zod';
import { parseIsoDate, parsePeriod, badPeriodMessage } from '../tracking/period';
import { COMPARATORS, TARGET_STATUSES } from '../tracking/status';

export const TRACKING_FIELD_LABELS: Record<string, string> = {
  targetId: '指标',
  period: '期间',
  value: '填报值',
  note: '备注',
  source: '数据来源',
  date: '统计日期',
  lagTolerance: '滞后阈值',
  unit: '单位',
  fileName: '文件名',
  data: '文件',
};

export const NOTE_MAX = 500;
export const SOURCE_MAX = 200;
/** A returned 填报表 is small; 10 MB is far more than 2,000 rows need. */
export const MAX_SHEET_BYTES = 10 * 1024 * 1024;

const planId = z.string({ error: '编号必须是文本。' }).uuid({ error: '编号格式不正确。' });
const targetId = z.number({ error: '指标编号必须是数字。' }).int({ error: '指标编号必须是整数。' }).positive({ error: '指标编号必须是正整数。' });

export const PeriodInputSchema = z
  .string({ error: '期间必须是文本。' })
  .refine((s) => parsePeriod(s) !== null, { error: (issue) => badPeriodMessage(String(issue.input)) });

export const DateInputSchema = z
  .string({ error: '统计日期必须是文本。' })
  .refine((s) => parseIsoDate(s) !== null, { error: (issue) => `统计日期“${String(issue.input)}”无效，应写作 2025-09-30。` });

const note = z.string({ error: '备注必须是文本。' }).max(NOTE_MAX, { error: `备注不能超过 ${NOTE_MAX} 个字。` });
const source = z.string({ error: '数据来源必须是文本。' }).max(SOURCE_MAX, { error: `数据来源不能超过 ${SOURCE_MAX} 个字。` });

export const TargetStatusSchema = z.enum(TARGET_STATUSES);
export const ComparatorSchema = z.enum(COMPARATORS);
export const PeriodKindSchema = z.enum(['quarter', 'month'], { error: '填报周期只能是季度（quarter）或月度（month）。' });

const counts = z.object(Object.fromEntries(TARGET_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof TARGET_STATUSES)[number], z.ZodNumber>);
const latest = z.object({ period: z.string(), value: z.number() }).nullable();
const group = { status: TargetStatusSchema.nullable(), counts, total: z.number().int() };

/** One cell of the 填报 grid: a target's value in a period, with who entered it and when. */
export const MeasurementCellSchema = z.object({
  targetId: z.number().int(),
  period: z.string(),
  value: z.number().nullable(),
  note: z.string(),
  source: z.string(),
  enteredBy: z.string(),
  enteredAt: z.string(),
});
export type MeasurementCell = z.infer<typeof MeasurementCellSchema>;

export const ItemRefSchema = z.object({ uid: z.string(), label: z.string(), lead: z.string() });

export const TargetStatusRowSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  unit: z.string(),
  status: TargetStatusSchema,
  reason: z.string(),
  latest,
  target: z.object({ comparator: ComparatorSchema, value: z.number().nullable(), valueMax: z.number().nullable(), text: z.string() }),
  baseline: z.number().nullable(),
  expected: z.number().nullable(),
  completion: z.number().nullable(),
  deadline: z.string(),
  items: z.array(ItemRefSchema),
  units: z.array(z.string()),
});

export const PlanStatusSchema = z.object({
  date: z.string(),
  lagTolerance: z.number(),
  ...group,
  sections: z.array(z.object({ uid: z.string(), label: z.string(), title: z.string(), ...group })),
  units: z.array(z.object({ name: z.string(), ...group })),
  items: z.array(
    z.object({
      uid: z.string(),
      label: z.string(),
      lead: z.string(),
      sectionLabel: z.string(),
      units: z.array(z.string()),
      deadline: z.string(),
      targetIds: z.array(z.number().int()),
      ...group,
    }),
  ),
  targets: z.array(TargetStatusRowSchema),
});
export type PlanStatusOutput = z.infer<typeof PlanStatusSchema>;

export const GridRowSchema = z.object({
  targetId: z.number().int(),
  name: z.string(),
  unit: z.string(),
  targetText: z.string(),
  baseline: z.number().nullable(),
  deadline: z.string(),
  sectionLabel: z.string(),
  sectionTitle: z.string(),
  items: z.array(ItemRefSchema),
  units: z.array(z.string()),
  /** This period's value, or null when nothing is entered. */
  cell: MeasurementCellSchema.nullable(),
  /** The latest value of an earlier period, for reference. */
  previous: latest,
  /** The target's status at the end of the grid's period (today while the period runs). */
  status: TargetStatusSchema,
});
export type GridRow = z.infer<typeof GridRowSchema>;

export const ProgressGridSchema = z.object({
  plan: z.object({ id: z.string(), year: z.number().int(), title: z.string() }),
  period: z.string(),
  rows: z.array(GridRowSchema),
  /** Units with targets in this plan, for the 填报表 export. */
  units: z.array(z.string()),
});
export type ProgressGrid = z.infer<typeof ProgressGridSchema>;

export const HistoryEntrySchema = z.object({
  action: z.enum(['add', 'edit', 'clear']),
  value: z.number().nullable(),
  note: z.string(),
  source: z.string(),
  changedBy: z.string(),
  changedAt: z.string(),
  via: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const DashboardSchema = z.object({
  plan: z.object({ id: z.string(), year: z.number().int(), title: z.string() }),
  status: PlanStatusSchema,
  /** Each target's values over periods (ended by the status date), in period order. */
  series: z.array(
    z.object({
      targetId: z.number().int(),
      points: z.array(z.object({ period: z.string(), value: z.number() })),
      /** The straight line the status is judged against, from its start to the deadline (null: no line). */
      line: z.object({ fromDate: z.string(), fromValue: z.number(), toDate: z.string(), toValue: z.number() }).nullable(),
    }),
  ),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

export const TrackingSettingsSchema = z.object({
  lagTolerance: z
    .number({ error: '滞后阈值必须是数字。' })
    .min(0, { error: '滞后阈值不能小于 0。' })
    .max(1, { error: '滞后阈值不能超过 100%。' }),
});

export const SheetFileSchema = z.object({ fileName: z.string(), data: z.string() });

export const SheetImportResultSchema = z.object({
  applied: z.array(z.object({ row: z.number().int(), targetId: z.number().int(), name: z.string(), period: z.string(), from: z.number().nullable(), to: z.number().nullable() })),
  notesApplied: z.number().int(),
  unchanged: z.number().int(),
  problems: z.array(z.object({ row: z.number().int(), message: z.string() })),
});
export type SheetImportResult = z.infer<typeof SheetImportResultSchema>;

const ReportRowSchema = z.object({
  itemUid: z.string(),
  itemLabel: z.string(),
  itemLead: z.string(),
  indicator: z.string(),
  target: z.string(),
  latest: z.string(),
  period: z.string(),
  latestPeriod: z.string(),
  status: TargetStatusSchema,
  note: z.string(),
});
export const ProgressReportSchema = z.object({
  title: z.string(),
  planYear: z.number().int(),
  organ: z.string(),
  planTitle: z.string(),
  asOf: z.string(),
  asOfLabel: z.string(),
  summary: z.string(),
  counts,
  total: z.number().int(),
  sections: z.array(z.object({ label: z.string(), title: z.string(), status: TargetStatusSchema.nullable(), counts, rows: z.array(ReportRowSchema) })),
});

const byPlanAndDate = z.strictObject({ id: planId, date: DateInputSchema.optional() });

export const trackingMethods = {
  /** Enters, changes or clears (value null) a target's value for a period. */
  'progress.set': {
    input: z.strictObject({
      targetId,
      period: PeriodInputSchema,
      /** null clears the value; left out, the value stays (a note or source edit). */
      value: z.number({ error: '填报值必须是数字。' }).finite({ error: '填报值必须是有限的数字。' }).nullable().optional(),
      note: note.optional(),
      source: source.optional(),
      /** Kept in the history: 填报 (the grid, the default) or 命令行. */
      via: z.enum(['填报', '命令行'], { error: '填报方式只能是“填报”或“命令行”。' }).optional(),
    }),
    /** With the target's status at the end of that period (today while it runs). */
    output: MeasurementCellSchema.extend({ status: TargetStatusSchema }),
  },
  'progress.grid': { input: z.strictObject({ id: planId, period: PeriodInputSchema }), output: ProgressGridSchema },
  'progress.history': { input: z.strictObject({ targetId, period: PeriodInputSchema }), output: z.array(HistoryEntrySchema) },
  'progress.status': { input: byPlanAndDate, output: PlanStatusSchema },
  'progress.dashboard': { input: byPlanAndDate, output: DashboardSchema },
  'progress.report': { input: byPlanAndDate, output: ProgressReportSchema },
  /** The 落实情况报告 as a .docx (公文 format, through the official-document model), as base64. */
  'progress.reportDocx': { input: byPlanAndDate, output: z.object({ fileName: z.string(), base64: z.string() }) },
  /** The same report as a PDF, printed like the plan's PDF, with its page count. */
  'progress.reportPdf': { input: byPlanAndDate, output: z.object({ fileName: z.string(), base64: z.string(), pages: z.number().int() }) },
  'progress.settings': { input: z.strictObject({}), output: TrackingSettingsSchema },
  'progress.saveSettings': { input: z.strictObject({ lagTolerance: TrackingSettingsSchema.shape.lagTolerance }), output: TrackingSettingsSchema },
  /** A unit's 填报表 (.xlsx) for a reporting period, as base64. */
  'progress.exportSheet': {
    input: z.strictObject({ id: planId, unit: z.string({ error: '单位必须是文本。' }).trim().min(1, { error: '请选择单位。' }), period: PeriodInputSchema }),
    output: SheetFileSchema,
  },
  /** A returned 填报表: values applied, problems reported by row. */
  'progress.importSheet': {
    input: z.strictObject({ id: planId, fileName: z.string().max(255), data: z.string({ error: '文件内容必须是 base64 文本。' }) }),
    output: SheetImportResultSchema,
    maxInputBytes: Math.ceil((MAX_SHEET_BYTES * 4) / 3) + 4096,
  },
} as const;
