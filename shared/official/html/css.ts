// The print CSS: the geometry of shared/official/layout.ts (GB/T 9704-2012) as CSS, so Chromium
// lays out the same page the docx describes: A4, margins 37/26/35/28 mm, 22 lines of 28 characters.
import {
  BODY_CELL_PT,
  BODY_INDENT_CELLS,
  COLOPHON,
  GRID,
  HEADER,
  LANDSCAPE,
  PAGE,
  PAGE_NUMBER,
  SIZE_PT,
  TABLE,
  TYPE_AREA,
  cellPt,
} from '../layout';
import { num } from './escape';
import { familyList, fontFaceCss, FONT_ROLES, type HtmlFonts } from './fonts';

const pt = (n: number) => `${num(n)}pt`;
const mm = (n: number) => `${num(n)}mm`;

/**
 * Text on the grid is raised this much in its 28.95 pt line. Chromium centres the characters in the
 * line (6.5 pt under its top); raised, the first line starts about 1 mm under the top of the type
 * area, where Word puts it with the docx's own raise (GRID_TEXT_RAISE_PT, for Word's bottom-set lines).
 */
export const TEXT_RAISE_PT = 3;

/** Named pages: landscape attachments, and the 版记 page, which has no page number. */
export const PAGE_NAMES = { landscape: 'landscape', colophon: 'colophon' } as const;

/** "— 7 —": 4号 宋体, 7 mm under the type area, 1 character in from the outer edge. */
function pageNumberBox(side: 'left' | 'right', song: string): string {
  const d = PAGE_NUMBER.dash;
  return (
    `@bottom-${side}{content:"${d} " counter(page) " ${d}";font-family:${song};font-size:${pt(PAGE_NUMBER.sizePt)};` +
    `font-weight:400;line-height:normal;letter-spacing:0;color:#000;white-space:pre;vertical-align:top;` +
    `text-align:${side};padding-top:${mm(PAGE_NUMBER.belowTypeAreaMm)};padding-${side}:${pt(PAGE_NUMBER.indentCells * PAGE_NUMBER.sizePt)}}`
  );
}

function pageCss(fonts: HtmlFonts): string {
  const song = familyList(fonts.stacks.song);
  const L = LANDSCAPE;
  return [
    `@page{size:${PAGE.widthMm}mm ${PAGE.heightMm}mm;margin:${mm(PAGE.marginTopMm)} ${mm(PAGE.marginRightMm)} ${mm(PAGE.marginBottomMm)} ${mm(PAGE.marginLeftMm)}}`,
    // Odd pages are right-hand pages: the number stands right; even pages left.
    `@page :right{${pageNumberBox('right', song)}}`,
    `@page :left{${pageNumberBox('left', song)}}`,
    `@page ${PAGE_NAMES.landscape}{size:${L.widthMm}mm ${L.heightMm}mm;margin:${mm(L.marginTopMm)} ${mm(L.marginRightMm)} ${mm(L.marginBottomMm)} ${mm(L.marginLeftMm)}}`,
    `@page ${PAGE_NAMES.colophon}{@bottom-right{content:none}@bottom-left{content:none}}`,
  ].join('\n');
}

function bodyCss(fonts: HtmlFonts): string {
  const line = pt(GRID.linePitchPt);
  const indent = pt(BODY_INDENT_CELLS * BODY_CELL_PT);
  const roles = FONT_ROLES.map((r) => `.f-${r}{font-family:${familyList(fonts.stacks[r], r === 'hei' ? 'sans-serif' : 'serif')}}`);
  return [
    'html,body{margin:0;padding:0;background:#fff}',
    // The grid: 16 pt characters on a 15.75 pt cell (28 a line), 28.95 pt line pitch (22 a page).
    // No widow/orphan control and no punctuation squeezing: the grid comes first, as in the docx.
    `body{font-family:${familyList(fonts.stacks.fang)};font-size:${pt(SIZE_PT.san)};line-height:${line};letter-spacing:${pt(GRID.charSpacingPt)};` +
      'color:#000;orphans:1;widows:1;text-align:justify;text-spacing-trim:space-all;text-autospace:no-autospace;' +
      'font-kerning:none;font-synthesis:weight;overflow-wrap:anywhere;-webkit-print-color-adjust:exact;print-color-adjust:exact}',
    ...roles,
    'b{font-weight:700}',
    // Raised by offset, not by margin: the lines stay where the page breaks put them.
    `p,h1,h2,h3{margin:0;font-size:inherit;font-weight:inherit;position:relative;top:-${pt(TEXT_RAISE_PT)}}`,
    `.section+.section{break-before:page}`,
    `.landscape{page:${PAGE_NAMES.landscape}}`,
    `.indent{text-indent:${indent}}`,
    '.center{text-align:center;text-indent:0}',
    '.left{text-align:left;text-indent:0}',
    '.keep{break-after:avoid}',
    '.keep-together{break-inside:avoid}',
    `.blank{height:${line}}`,
    // 版头: the mark 35 mm under the top of the type area, 发文字号, the red rule 4 mm under it.
    `.mark-space{height:${mm(HEADER.markTopMm)}}`,
    `.mark{color:#${HEADER.red};text-align:center;letter-spacing:0;white-space:nowrap}`,
    '.mark-joint{display:flex;justify-content:center;align-items:center}',
    '.mark-joint .organs{text-align-last:justify}',
    `.doc-number{text-align:center;text-indent:0}`,
    `.red-rule{height:0;border-top:${mm(HEADER.ruleThicknessMm)} solid #${HEADER.red}}`,
    `.title{font-size:${pt(SIZE_PT.er)};letter-spacing:${pt(GRID.charSpacingPt)};text-align:center;text-indent:0}`,
    `.hang{text-align:left}`,
    '.signature{break-inside:avoid;text-align:left;text-indent:0;white-space:pre}',
    // Tables keep their own spacing; the 28.95 pt grid would make rows tall.
    `table.official{width:100%;border-collapse:collapse;table-layout:fixed;line-height:1.35;letter-spacing:0;text-align:left}`,
    `table.official th,table.official td{border:${pt(TABLE.borderPt)} solid #000;padding:1mm ${mm(TABLE.cellPaddingMm)};vertical-align:middle;text-indent:0;font-weight:400}`,
    'table.official thead{display:table-header-group}',
    'table.official tr{break-inside:avoid}',
    '.table-empty{text-align:center;text-indent:0;line-height:1.6;margin-top:2mm}',
    // A 专栏 in the body: half a line of air before the text resumes.
    `.table-box{margin-bottom:${pt(GRID.linePitchPt / 2)}}`,
    // 版记: its own page, at the foot of the type area, the last rule on the bottom edge.
    `.colophon-page{page:${PAGE_NAMES.colophon};break-before:page;height:calc(${mm(TYPE_AREA.heightMm)} - 1pt);display:flex;flex-direction:column;justify-content:flex-end}`,
    `.colophon{font-size:${pt(COLOPHON.sizePt)};letter-spacing:${pt(GRID.charSpacingPt)};text-align:left;text-indent:0;` +
      `border-top:${mm(COLOPHON.outerRuleMm)} solid #000;border-bottom:${mm(COLOPHON.outerRuleMm)} solid #000}`,
    `.colophon-line{display:flex;justify-content:space-between;padding:0 ${pt(COLOPHON.indentCells * cellPt(COLOPHON.sizePt))}}`,
    `.colophon-line+.colophon-line{border-top:${mm(COLOPHON.innerRuleMm)} solid #000}`,
  ].join('\n');
}

/** The whole stylesheet: @font-face rules, pages, the grid and each block's look. */
export function printCss(fonts: HtmlFonts): string {
  return [fontFaceCss(fonts.faces), pageCss(fonts), bodyCss(fonts)].filter(Boolean).join('\n');
}

