// The geometry of an official document (GB/T 9704-2012, see shared/OFFICIAL_FORMAT.md) in one place.
// Both writers (docx here, HTML for preview/PDF) read these numbers; none is typed twice.

export const MM_PER_PT = 25.4 / 72;
export const TWIPS_PER_PT = 20;

export const mmToPt = (mm: number): number => mm / MM_PER_PT;
export const ptToMm = (pt: number): number => pt * MM_PER_PT;
export const mmToTwips = (mm: number): number => Math.round(mmToPt(mm) * TWIPS_PER_PT);
export const ptToTwips = (pt: number): number => Math.round(pt * TWIPS_PER_PT);

/** Chinese font sizes (字号) in points. */
export const SIZE_PT = {
  /** 2号: titles */
  er: 22,
  /** 3号: body, headings */
  san: 16,
  /** 4号: 版记, page numbers */
  si: 14,
  /** 小四: dense table cells */
  xiaosi: 12,
} as const;

/** A4 portrait, in mm, and its margins: 天头 37, 订口 28, right 26, bottom 35 -> type area 156 x 225. */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 37,
  marginBottomMm: 35,
  marginLeftMm: 28,
  marginRightMm: 26,
} as const;

/** The page in twips as Word templates for GB/T 9704 write it (1 mm = 56.7 twips, A4 exact). */
export const PAGE_TWIPS = {
  width: 11906,
  height: 16838,
  top: 2098,
  bottom: 1985,
  left: 1588,
  right: 1474,
} as const;

export const TYPE_AREA = {
  widthMm: PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm,
  heightMm: PAGE.heightMm - PAGE.marginTopMm - PAGE.marginBottomMm,
} as const;

/** Landscape pages (the task table): the same type area turned, the binding edge kept at the top. */
export const LANDSCAPE = {
  widthMm: PAGE.heightMm,
  heightMm: PAGE.widthMm,
  marginTopMm: PAGE.marginLeftMm,
  marginBottomMm: PAGE.marginRightMm,
  marginLeftMm: PAGE.marginTopMm,
  marginRightMm: PAGE.marginBottomMm,
} as const;

/** The grid: 22 lines of 28 characters. */
export const GRID = {
  linesPerPage: 22,
  charsPerLine: 28,
  /** 28.95 pt: 22 lines fill the 225 mm type area (29 pt would give 21). */
  linePitchPt: 28.95,
  linePitchTwips: 579,
  /** -0.25 pt on every run makes a 15.75 pt cell: 28 x 15.75 = 441 pt fits 156 mm (442.2 pt). */
  charSpacingPt: -0.25,
  /** The same, as OOXML w:spacing (twentieths of a point). */
  charSpacingTwips: -5,
} as const;

/**
 * Text on the grid is raised this much in its 28.95 pt line: fonts sit at the bottom of an exact
 * line, which puts the first line's glyphs 2 mm under the top of the type area; raised, they centre.
 */
export const GRID_TEXT_RAISE_PT = 4;

/** Width of one character cell of a run of `sizePt` with the grid's character spacing. */
export const cellPt = (sizePt: number): number => sizePt + GRID.charSpacingPt;
/** Body cell: 15.75 pt; a paragraph's first line is indented two of them. */
export const BODY_CELL_PT = cellPt(SIZE_PT.san);
export const BODY_INDENT_CELLS = 2;

/** Distances of the 版头 and 版记, in mm unless named otherwise. */
export const HEADER = {
  /** Top edge of the 发文机关标志 below the top of the type area (下行文). */
  markTopMm: 35,
  /** Largest size of the 发文机关标志; it shrinks to fit the type-area width. */
  markMaxPt: 36,
  markMinPt: 22,
  /** Blank lines between the mark and the 发文字号. */
  linesMarkToNumber: 2,
  /** The red rule 4 mm under the 发文字号, about 0.5 mm thick, type-area wide. */
  ruleBelowNumberMm: 4,
  ruleThicknessMm: 0.5,
  /** Blank lines between the red rule and the title. */
  linesRuleToTitle: 2,
  /** Blank lines between the title and the 主送机关. */
  linesTitleToRecipients: 1,
  red: 'FF0000',
} as const;

export const COLOPHON = {
  /** First and last rule of the 版记. */
  outerRuleMm: 0.35,
  /** The rules between its lines. */
  innerRuleMm: 0.25,
  /** 抄送 / 印发机关 stand 1 character in from each side. */
  indentCells: 1,
  sizePt: SIZE_PT.si,
} as const;

export const PAGE_NUMBER = {
  sizePt: SIZE_PT.si,
  /** The dash line's top edge is 7 mm under the type area. */
  belowTypeAreaMm: 7,
  /** Odd pages 1 character in from the right, even pages 1 character in from the left. */
  indentCells: 1,
  dash: '\u2014',
} as const;

/** Footer distance from the page's bottom edge to the bottom of the page-number line. */
export const footerDistanceMm = (marginBottomMm: number = PAGE.marginBottomMm): number =>
  marginBottomMm - PAGE_NUMBER.belowTypeAreaMm - ptToMm(PAGE_NUMBER.sizePt);

/** Tables use their own single spacing, not the 28.95 pt grid (it makes rows tall and clips text). */
export const TABLE = {
  sizePt: SIZE_PT.si,
  /** Cell padding left/right, in mm. */
  cellPaddingMm: 1,
  borderPt: 0.5,
} as const;

/**
 * Estimated width in character cells: a CJK character or full-width mark is 1, a half-width
 * character (digit, Latin letter, ASCII punctuation) is 1/2. Used to break titles and place
 * the signature; real fonts differ by a few percent, which the layout rules tolerate.
 */
export function textCells(text: string): number {
  let cells = 0;
  for (const ch of text) cells += isHalfWidth(ch) ? 0.5 : 1;
  return cells;
}

export function isHalfWidth(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return c < 0x1100 || (c >= 0xff61 && c <= 0xffdc) || (c >= 0x2000 && c <= 0x206f && ch !== '\u2014' && ch !== '\u2026' && ch !== '\u201c' && ch !== '\u201d' && ch !== '\u2018' && ch !== '\u2019');
}

/** Characters of `sizePt` that fit on one line of the type area (the grid's spacing applied). */
export const charsPerLine = (sizePt: number, widthMm: number = TYPE_AREA.widthMm): number =>
  Math.floor(mmToPt(widthMm) / cellPt(sizePt) + 1e-6);
