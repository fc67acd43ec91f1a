// word/document.xml from the official-document model: one docx section per model section (the
// notice, the plan, each attachment), and a last section for the 版记 without page numbers.
import type { FontSet } from '../../../../shared/official/fonts';
import {
  BODY_INDENT_CELLS,
  GRID_TEXT_RAISE_PT,
  HEADER,
  LANDSCAPE,
  PAGE,
  PAGE_TWIPS,
  SIZE_PT,
  cellPt,
  footerDistanceMm,
  mmToTwips,
  ptToTwips,
  textCells,
} from '../../../../shared/official/layout';
import type { Block, BodyRole, MarkBlock, OfficialDocument, OfficialSection, Orientation, Run } from '../../../../shared/official/model';
import { DOC_GRID, footerRelId } from './parts';
import { colophonXml, tableXml } from './tables';
import { R_NS, W_NS, XML_HEAD, cellsToTwips, paragraph, run, type ParaProps } from './xml';

const STYLE_BY_ROLE: Record<BodyRole, { style: string; outlineLvl?: number }> = {
  body: { style: 'PDBody' },
  level1: { style: 'PDLevel1', outlineLvl: 0 },
  level2: { style: 'PDLevel2', outlineLvl: 1 },
  level3: { style: 'PDLevel3', outlineLvl: 2 },
  level4: { style: 'PDLevel4', outlineLvl: 3 },
};

const BODY = SIZE_PT.san;
/** Room left under the 版记 for the 1 pt paragraph that must close the document after a table. */
const COLOPHON_SLACK_TWIPS = 60;
const INDENT = ptToTwips(BODY_INDENT_CELLS * cellPt(BODY));
const typeWidthTwips = (o: Orientation) =>
  o === 'portrait' ? PAGE_TWIPS.width - PAGE_TWIPS.left - PAGE_TWIPS.right : PAGE_TWIPS.height - PAGE_TWIPS.top - PAGE_TWIPS.bottom;

/** Footers: which footer parts a section uses (odd = default, even). */
export interface SectionFooters {
  odd: number;
  even: number;
}

function sectPr(o: Orientation, footers: SectionFooters, opts: { first: boolean }): string {
  // Landscape turns the portrait page: the binding edge (订口) goes to the top.
  const P = PAGE_TWIPS;
  const size = o === 'portrait' ? `<w:pgSz w:w="${P.width}" w:h="${P.height}"/>` : `<w:pgSz w:w="${P.height}" w:h="${P.width}" w:orient="landscape"/>`;
  const [top, right, bottom, left] = o === 'portrait' ? [P.top, P.right, P.bottom, P.left] : [P.left, P.bottom, P.right, P.top];
  return (
    '<w:sectPr>' +
    `<w:footerReference w:type="default" r:id="${footerRelId(footers.odd)}"/>` +
    `<w:footerReference w:type="even" r:id="${footerRelId(footers.even)}"/>` +
    '<w:type w:val="nextPage"/>' +
    size +
    `<w:pgMar w:top="${top}" w:right="${right}" w:bottom="${bottom}" w:left="${left}" w:header="851" w:footer="${mmToTwips(footerDistanceMm(o === 'portrait' ? PAGE.marginBottomMm : LANDSCAPE.marginBottomMm))}" w:gutter="0"/>` +
    (opts.first ? '<w:pgNumType w:fmt="decimal" w:start="1"/>' : '<w:pgNumType w:fmt="decimal"/>') +
    '<w:cols w:space="425"/>' +
    DOC_GRID +
    '</w:sectPr>'
  );
}

const RAISE = GRID_TEXT_RAISE_PT;
/** A run on the grid (raised to centre in its line). */
const gridRun = (fonts: FontSet, font: Run['font'], text: string, sizePt: number = BODY, bold?: boolean) =>
  run(fonts, { font, sizePt, bold, raisePt: RAISE }, text);

function runsXml(fonts: FontSet, runs: readonly Run[], sizePt: number = BODY): string {
  return runs.map((r) => gridRun(fonts, r.font, r.text, sizePt, r.bold)).join('');
}

/** The mark's line height: its size plus a little, off the grid. */
const markLine = (m: MarkBlock) => ptToTwips(Math.round(m.sizePt * 1.1));

function markXml(fonts: FontSet, m: MarkBlock, width: number): string {
  const s = { font: 'title' as const, sizePt: m.sizePt, color: HEADER.red };
  const props: ParaProps = { snapToGrid: false, line: markLine(m), jc: 'center' };
  if (m.lines.length < 2 || !m.suffix) {
    return m.lines.map((l, i) => paragraph(props, run(fonts, s, i === m.lines.length - 1 ? l + m.suffix : l))).join('');
  }
  // Joint issue: the organs one under the other, spread to one width, 文件 beside them, centred.
  const left = Math.min(width - 200, ptToTwips(Math.max(...m.lines.map(textCells)) * cellPt(m.sizePt)) + 60);
  const right = ptToTwips((textCells(m.suffix) + 0.5) * cellPt(m.sizePt));
  const nil = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="nil"/>`).join('');
  const cell = (w: number, inner: string) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${inner}</w:tc>`;
  return (
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:w="${left + right}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${nil}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>' +
    `</w:tblPr><w:tblGrid><w:gridCol w:w="${left}"/><w:gridCol w:w="${right}"/></w:tblGrid><w:tr>` +
    cell(left, m.lines.map((l) => paragraph({ ...props, jc: 'distribute' }, run(fonts, s, l))).join('')) +
    cell(right, paragraph({ ...props, jc: 'right' }, run(fonts, s, m.suffix))) +
    '</w:tr></w:tbl>'
  );
}

/** An empty paragraph of an exact height, off the grid. */
const spacer = (twips: number) => paragraph({ snapToGrid: false, line: Math.max(20, twips) }, '');
const blankLines = (n: number, keepNext = false) => Array.from({ length: n }, () => paragraph({ keepNext }, '')).join('');

function blockXml(fonts: FontSet, b: Block, o: Orientation): string {
  const width = typeWidthTwips(o);
  switch (b.type) {
    case 'mark':
      return spacer(mmToTwips(HEADER.markTopMm)) + markXml(fonts, b, width) + blankLines(HEADER.linesMarkToNumber);
    case 'docNumber': {
      // Without the red header the mark's space stays, for paper with a pre-printed one.
      const reserve = b.markSpace ? spacer(mmToTwips(HEADER.markTopMm)) + spacer(ptToTwips(Math.round(HEADER.markMaxPt * 1.1))) + blankLines(HEADER.linesMarkToNumber) : '';
      const rule = b.redRule
        ? `<w:bottom w:val="single" w:sz="${Math.round((HEADER.ruleThicknessMm / 25.4) * 72 * 8)}" w:space="${Math.round((HEADER.ruleBelowNumberMm / 25.4) * 72) - 6}" w:color="${HEADER.red}"/>`
        : undefined;
      return reserve + paragraph({ jc: 'center', borders: rule }, b.text ? gridRun(fonts, 'fang', b.text) : '');
    }
    case 'title':
      // Off the grid's snapping (a 2号 line would take two grid lines) but on its 28.95 pt pitch.
      return paragraph({ style: 'PDTitle', jc: 'center', snapToGrid: false }, gridRun(fonts, 'title', b.lines.join('\n'), SIZE_PT.er));
    case 'recipients':
      return paragraph({ style: 'PDBody', jc: 'both' }, gridRun(fonts, 'fang', b.text));
    case 'paragraph': {
      const s = STYLE_BY_ROLE[b.role];
      // Headings carry no keep-with-next: the grid's 22 lines a page come first (GB/T 9704).
      return paragraph({ style: s.style, outlineLvl: s.outlineLvl, firstLine: INDENT, jc: 'both', keepNext: b.keepWithNext }, runsXml(fonts, b.runs));
    }
    case 'blank':
      return blankLines(b.lines, b.keepWithNext);
    case 'attachmentNote': {
      const head = '附件：';
      const hang = ptToTwips(textCells(head) * cellPt(BODY));
      const keepLast = !!b.keepWithNext;
      if (b.names.length === 1) return paragraph({ indLeft: INDENT + hang, hanging: hang, jc: 'left', keepNext: keepLast }, gridRun(fonts, 'fang', head + b.names[0]));
      return b.names
        .map((name, i) =>
          paragraph(
            i === 0 ? { indLeft: INDENT + hang, hanging: hang, jc: 'left', keepNext: true } : { indLeft: INDENT + hang, jc: 'left', keepNext: i < b.names.length - 1 || keepLast },
            gridRun(fonts, 'fang', `${i === 0 ? head : ''}${i + 1}.${name}`),
          ),
        )
        .join('');
    }
    case 'signature':
      return (
        b.signers.map((l) => paragraph({ indLeft: cellsToTwips(l.indentCells), jc: 'left', keepNext: !!b.date.text }, gridRun(fonts, 'kai', l.text))).join('') +
        (b.date.text ? paragraph({ indLeft: cellsToTwips(b.date.indentCells), jc: 'left' }, gridRun(fonts, 'fang', b.date.text)) : '')
      );
    case 'note':
      return paragraph({ firstLine: INDENT, jc: 'left' }, gridRun(fonts, 'fang', b.text));
    case 'attachmentLabel':
      return paragraph({ jc: 'left' }, gridRun(fonts, 'hei', b.text));
    case 'table':
      return (
        // A 专栏's title, centred on the grid in 黑体, kept on the page of its table.
        (b.caption ? paragraph({ jc: 'center', keepNext: true }, gridRun(fonts, 'hei', b.caption)) : '') +
        tableXml(fonts, b.table, width) +
        (b.emptyText ? paragraph({ snapToGrid: false, line: 'auto', before: 120, jc: 'center' }, run(fonts, { font: 'fang', sizePt: b.table.sizePt }, b.emptyText)) : '')
      );
  }
}

/** A section's blocks; its sectPr rides on its last paragraph (or on a hairline paragraph after a table). */
function sectionXml(fonts: FontSet, s: OfficialSection, props: string): string {
  const parts = s.blocks.map((b) => blockXml(fonts, b, s.orientation));
  let xml = parts.join('');
  const lastClose = xml.lastIndexOf('</w:pPr>');
  const endsWithParagraph = xml.endsWith('</w:p>') && lastClose > xml.lastIndexOf('<w:p>');
  if (endsWithParagraph) xml = xml.slice(0, lastClose) + props + xml.slice(lastClose);
  else xml += paragraph({ snapToGrid: false, line: 20, sectPr: props }, '');
  return xml;
}

export function documentXml(model: OfficialDocument, footers: { pageNumbers: SectionFooters; none: SectionFooters }): string {
  const fonts = model.fonts;
  let body = '';
  const last = model.sections.length - 1;
  model.sections.forEach((s, i) => {
    const props = sectPr(s.orientation, footers.pageNumbers, { first: i === 0 });
    if (i === last && !model.colophon) {
      const xml = s.blocks.map((b) => blockXml(fonts, b, s.orientation)).join('');
      // The body's own sectPr closes the document; Word wants a paragraph, not a table, before it.
      body += xml + (xml.endsWith('</w:tbl>') ? paragraph({ snapToGrid: false, line: 20 }, '') : '') + props;
    } else body += sectionXml(fonts, s, props);
  });
  if (model.colophon) {
    // The 版记 page: a spacer pushes the 版记 to the foot of the type area; no page number.
    const c = colophonXml(fonts, model.colophon, typeWidthTwips('portrait'));
    body += spacer(PAGE_TWIPS.height - PAGE_TWIPS.top - PAGE_TWIPS.bottom - c.heightTwips - COLOPHON_SLACK_TWIPS) + c.xml;
    body += paragraph({ snapToGrid: false, line: 20 }, '');
    body += sectPr('portrait', footers.none, { first: false });
  }
  return XML_HEAD + `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}</w:body></w:document>`;
}
