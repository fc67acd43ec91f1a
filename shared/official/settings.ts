// Export settings: how a plan is laid out as an official document. Remembered per plan; the
// notice fields themselves (发文字号, 主送机关, 署名, dates, 版记) live on the plan (Notice).
import { z } from 'zod';
import { FONT_SETS } from './fonts';

export const EXPORT_LAYOUTS = ['notice', 'plain'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

export const LAYOUT_LABELS: Record<ExportLayout, string> = {
  notice: '印发通知（红头文件，工作要点随文印发）',
  plain: '仅工作要点',
};

export const MARK_MAX = 60;
export const NOTICE_BODY_MAX = 2000;

export const ExportSettingsSchema = z.strictObject({
  layout: z.enum(EXPORT_LAYOUTS, { error: '版式只能是“印发通知”或“仅工作要点”。' }),
  /** Print the red 发文机关标志 and red rule; off for paper with a pre-printed red header. */
  redHeader: z.boolean({ error: '红头设置必须是“是”或“否”。' }),
  /** 发文机关标志, one organ a line; '' = the signers' names. */
  markText: z.string({ error: '发文机关标志必须是文本。' }).max(MARK_MAX, { error: `发文机关标志不能超过 ${MARK_MAX} 个字。` }),
  /** The word after the organs in the mark, usually 文件; '' for none. */
  markSuffix: z.string({ error: '标志后缀必须是文本。' }).max(6, { error: '标志后缀不能超过 6 个字。' }),
  fonts: z.enum(FONT_SETS, { error: '字体只能是 GB2312 字体或 Windows 自带字体。' }),
  /** Level-3 lead sentences in bold (a house option; the standard asks no bold). */
  leadBold: z.boolean(),
  /** Print （牵头单位：…；责任单位：…） at the end of each item. */
  printUnits: z.boolean(),
  /** Attachment 主要指标一览表. */
  attachIndicators: z.boolean(),
  /** Attachment 重点任务分解表 (landscape). */
  attachTasks: z.boolean(),
  /** The issuing notice's paragraph; '' = 现将《…》印发给你们… */
  noticeBody: z.string().max(NOTICE_BODY_MAX, { error: `通知正文不能超过 ${NOTICE_BODY_MAX} 个字。` }),
  /** A seal will be stamped: the date stands 4 characters in from the right, the signature centred over it. */
  sealed: z.boolean(),
});
export type ExportSettings = z.infer<typeof ExportSettingsSchema>;

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = {
  layout: 'notice',
  redHeader: true,
  markText: '',
  markSuffix: '文件',
  fonts: 'gb2312',
  leadBold: false,
  printUnits: false,
  attachIndicators: false,
  attachTasks: false,
  noticeBody: '',
  sealed: false,
};

/** What the settings of a plan never saved are, from what the plan holds. */
export interface SettingsHints {
  hasNotice: boolean;
  hasUnits: boolean;
  hasTargets: boolean;
}

export function defaultSettingsFor(hints: SettingsHints): ExportSettings {
  return {
    ...DEFAULT_EXPORT_SETTINGS,
    layout: hints.hasNotice ? 'notice' : 'plain',
    printUnits: hints.hasUnits,
    attachIndicators: hints.hasTargets,
    attachTasks: hints.hasUnits,
  };
}

/** Stored settings merged over the defaults, so a field added later gets its default. */
export function mergeSettings(defaults: ExportSettings, stored: unknown): ExportSettings {
  if (typeof stored !== 'object' || stored === null) return defaults;
  const merged: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof ExportSettings)[]) {
    const one = ExportSettingsSchema.shape[key].safeParse((stored as Record<string, unknown>)[key]);
    if (one.success) merged[key] = one.data;
  }
  return merged as ExportSettings;
}

/** The default notice paragraph for a plan title. */
export function defaultNoticeBody(planTitle: string): string {
  return `现将《${planTitle}》印发给你们，请结合实际，认真抓好贯彻落实。`;
}
