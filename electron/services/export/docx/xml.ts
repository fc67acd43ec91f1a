// Small OOXML (WordprocessingML) builders: runs with full fonts, paragraph properties in schema order.
import { FONT_NAMES, LATIN_FONT, type FontRole, type FontSet } from '../../../../shared/official/fonts';
import { GRID, ptToTwips } from '../../../../shared/official/layout';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Characters XML 1.0 forbids (controls other than tab/newline) are dropped, not escaped. */
export function esc(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export interface RunStyle {
  font: FontRole;
  sizePt: number;
  bold?: boolean;
  color?: string;
  /** Character spacing in twentieths of a point; the grid's -5 unless a block needs otherwise. */
  spacing?: number;
  /** Raise the text in its line, in points (text on the 28.95 pt grid). */
  raisePt?: number;
}

/** w:rPr with every font slot named (no theme fonts: WPS reports them missing) and zh-CN. */
export function rPr(fonts: FontSet, s: RunStyle): string {
  const east = esc(FONT_NAMES[fonts][s.font]);
  const half = Math.round(s.sizePt * 2);
  return (
    '<w:rPr>' +
    `<w:rFonts w:ascii="${LATIN_FONT}" w:hAnsi="${LATIN_FONT}" w:eastAsia="${east}" w:cs="${LATIN_FONT}" w:hint="eastAsia"/>` +
    (s.bold ? '<w:b/><w:bCs/>' : '') +
    (s.color ? `<w:color w:val="${s.color}"/>` : '') +
    `<w:spacing w:val="${s.spacing ?? GRID.charSpacingTwips}"/>` +
    (s.raisePt ? `<w:position w:val="${Math.round(s.raisePt * 2)}"/>` : '') +
    `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>' +
    '</w:rPr>'
  );
}

/** A run of text; \n inside becomes a line break. */
export function run(fonts: FontSet, s: RunStyle, text: string): string {
  const parts = text.split('\n');
  const body = parts.map((p, i) => (i ? '<w:br/>' : '') + (p ? `<w:t xml:space="preserve">${esc(p)}</w:t>` : '')).join('');
  return `<w:r>${rPr(fonts, s)}${body}</w:r>`;
}

export interface ParaProps {
  style?: string;
  pageBreakBefore?: boolean;
  keepNext?: boolean;
  /** Paragraph borders, already as w:pBdr children. */
  borders?: string;
  tabs?: string;
  /** Lines on the grid (snap) or free (tables, the red header). */
  snapToGrid?: boolean;
  /** Exact line height in twips; 'auto' = single line (tables). */
  line?: number | 'auto';
  before?: number;
  after?: number;
  indLeft?: number;
  indRight?: number;
  firstLine?: number;
  hanging?: number;
  jc?: 'left' | 'center' | 'right' | 'both' | 'distribute';
  outlineLvl?: number;
  /** A section ends with this paragraph. */
  sectPr?: string;
}

/** w:pPr in the schema's element order. Widow control off, kinsoku on, everywhere. */
export function pPr(p: ParaProps): string {
  let x = '<w:pPr>';
  if (p.style) x += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext) x += '<w:keepNext/>';
  if (p.pageBreakBefore) x += '<w:pageBreakBefore/>';
  x += '<w:widowControl w:val="0"/>';
  if (p.borders) x += `<w:pBdr>${p.borders}</w:pBdr>`;
  if (p.tabs) x += `<w:tabs>${p.tabs}</w:tabs>`;
  x += '<w:kinsoku w:val="1"/>';
  // Punctuation stays inside the type area (no hanging 。 past the right edge).
  x += '<w:overflowPunct w:val="0"/>';
  // No automatic space between Chinese and Latin/digits: it would push characters off the grid.
  x += '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';
  x += `<w:snapToGrid w:val="${p.snapToGrid === false ? 0 : 1}"/>`;
  const line = p.line ?? GRID.linePitchTwips;
  x +=
    `<w:spacing w:before="${p.before ?? 0}" w:after="${p.after ?? 0}" ` +
    (line === 'auto' ? 'w:line="240" w:lineRule="auto"/>' : `w:line="${line}" w:lineRule="exact"/>`);
  const ind: string[] = [];
  if (p.indLeft) ind.push(`w:left="${p.indLeft}"`);
  if (p.indRight) ind.push(`w:right="${p.indRight}"`);
  if (p.firstLine) ind.push(`w:firstLine="${p.firstLine}"`);
  else if (p.hanging) ind.push(`w:hanging="${p.hanging}"`);
  else ind.push('w:firstLine="0"');
  x += `<w:ind ${ind.join(' ')}/>`;
  x += `<w:jc w:val="${p.jc ?? 'both'}"/>`;
  if (p.outlineLvl !== undefined) x += `<w:outlineLvl w:val="${p.outlineLvl}"/>`;
  if (p.sectPr) x += p.sectPr;
  return x + '</w:pPr>';
}

export function paragraph(props: ParaProps, runs: string): string {
  return `<w:p>${pPr(props)}${runs}</w:p>`;
}

/** Twips of `cells` body character cells (15.75 pt each). */
export const cellsToTwips = (cells: number, sizePt = 16): number => ptToTwips(cells * (sizePt + GRID.charSpacingPt));
