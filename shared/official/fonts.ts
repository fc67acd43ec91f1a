// Which font each role of an official document uses. Offices differ in the names their PCs have:
// the _GB2312 names of the standard, or the Windows built-ins. The PDF/preview writer adds open
// stand-ins (Noto, LXGW) for machines that have neither.

export const FONT_SETS = ['gb2312', 'windows'] as const;
export type FontSet = (typeof FONT_SETS)[number];

/** title: 标题 and 发文机关标志; fang: body, levels 3-4; kai: level 2; hei: level 1, 附件N; song: page numbers. */
export type FontRole = 'title' | 'fang' | 'kai' | 'hei' | 'song';

export const FONT_NAMES: Record<FontSet, Record<FontRole, string>> = {
  gb2312: { title: '方正小标宋简体', fang: '仿宋_GB2312', kai: '楷体_GB2312', hei: '黑体', song: '宋体' },
  windows: { title: '华文中宋', fang: '仿宋', kai: '楷体', hei: '黑体', song: '宋体' },
};

/** Latin text (digits, letters) in every role. */
export const LATIN_FONT = 'Times New Roman';

/** The Windows name Word may fall back to for each official name (OOXML w:altName). */
export const FONT_ALT_NAMES: Record<string, string> = {
  方正小标宋简体: '宋体',
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
  华文中宋: '宋体',
};

/** Open-licensed stand-ins, in order, for the PDF writer and for rendering checks. */
export const OPEN_STAND_INS: Record<FontRole, string[]> = {
  title: ['Noto Serif CJK SC', 'Noto Serif SC'],
  fang: ['FZFangSong-Z02', 'Noto Serif CJK SC', 'Noto Serif SC'],
  kai: ['LXGW WenKai', 'AR PL UKai CN'],
  hei: ['Noto Sans CJK SC', 'Noto Sans SC'],
  song: ['Noto Serif CJK SC', 'Noto Serif SC'],
};

/** The title role is bold in its stand-in (小标宋 is a heavy face; Noto Serif Regular is not). */
export const STAND_IN_BOLD: Record<FontRole, boolean> = { title: true, fang: false, kai: false, hei: false, song: false };

export function fontName(set: FontSet, role: FontRole): string {
  return FONT_NAMES[set][role];
}
