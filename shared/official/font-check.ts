// 字体检查: which official fonts this PC has, and what stands in for the missing ones in the PDF
// and the preview. One schema for the API, the CLI's --json and the export dialog.
import { z } from 'zod';
import { FONT_SETS, type FontRole } from './fonts';

export const FONT_ROLE_LIST = ['title', 'fang', 'kai', 'hei', 'song'] as const satisfies readonly FontRole[];

/** What each font role prints, for the font check list. */
export const FONT_ROLE_LABELS: Record<FontRole, string> = {
  title: '标题、发文机关标志',
  fang: '正文、三四级标题',
  kai: '二级标题、署名',
  hei: '一级标题、附件标识',
  song: '页码',
};

export const FontRoleCheckSchema = z.object({
  role: z.enum(FONT_ROLE_LIST),
  label: z.string(),
  /** The font the export settings name for this role (仿宋_GB2312 or 仿宋 …). */
  official: z.string(),
  installed: z.boolean(),
  /** The font the PDF will use: the official one, an installed near relative, or a shipped stand-in. */
  using: z.string(),
  /** `using` is an open-licensed font shipped with PlanDesk. */
  shipped: z.boolean(),
});
export type FontRoleCheck = z.infer<typeof FontRoleCheckSchema>;

export const FontCheckSchema = z.object({
  fontSet: z.enum(FONT_SETS),
  roles: z.array(FontRoleCheckSchema),
  /** Every font the PDF uses, once each. */
  used: z.array(z.string()),
  /** Official fonts missing on this PC and what stands in for each. */
  substituted: z.array(z.object({ official: z.string(), standIn: z.string() })),
  /** Characters of the document that no shipped font has (the PC's own fonts may still have them). */
  missingChars: z.array(z.string()),
});
export type FontCheck = z.infer<typeof FontCheckSchema>;
