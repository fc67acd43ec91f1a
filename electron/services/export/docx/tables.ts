// Tables: fixed layout with tblW and tblGrid/gridCol written consistently (WPS sizes columns from
// the grid, Word from tblW), single line spacing off the 28.95 pt grid, a repeating header row.
import type { FontSet } from '../../../../shared/official/fonts';
import { COLOPHON, GRID, TABLE, mmToTwips, ptToTwips, textCells } from '../../../../shared/official/layout';
import type { Colophon, OfficialTable, TableCell } from '../../../../shared/official/model';
import { gridRows } from '../../../../shared/official/table-layout';
import { esc, paragraph, run } from './xml';

/** Column widths in twips that add up to `total` exactly. */
export function columnWidths(permille: readonly number[], total: number): number[] {
  const sum = permille.reduce((a, b) => a + b, 0) || 1;
  const widths = permille.map((p) => Math.floor((p / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const border = (side: string, sz: number, val = 'single') => `<w:${side} w:val="${val}" w:sz="${sz}" w:space="0" w:color="000000"/>`;

function cellXml(fonts: FontSet, t: OfficialTable, cell: TableCell, width: number, header: boolean): string {
  const span = cell.span && cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : '';
  const merge = (cell.rowSpan ?? 1) > 1 ? '<w:vMerge w:val="restart"/>' : '';
  const jc = header ? 'center' : (cell.align ?? 'left');
  const font = header || cell.bold ? t.headerFont : t.bodyFont;
  const paras = (cell.text || '').split('\n').map((line) =>
    paragraph({ snapToGrid: false, line: 'auto', jc: jc === 'left' ? 'left' : jc, firstLine: 0 }, line ? run(fonts, { font, sizePt: t.sizePt }, line) : ''),
  );
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}${merge}<w:vAlign w:val="center"/></w:tcPr>${paras.join('')}</w:tc>`;
}

/** The place of a cell merged down from a row above: Word wants a cell there that continues the merge. */
const continuedXml = (width: number, span: number) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}<w:vMerge/><w:vAlign w:val="center"/></w:tcPr><w:p/></w:tc>`;

export function tableXml(fonts: FontSet, t: OfficialTable, totalWidth: number): string {
  const widths = columnWidths(t.columns.map((c) => c.widthPermille), totalWidth);
  const pad = mmToTwips(TABLE.cellPaddingMm);
  const sz = Math.round(TABLE.borderPt * 8);
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => border(s, sz)).join('');
  let x =
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:w="${totalWidth}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${borders}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="${pad}" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="${pad}" w:type="dxa"/></w:tblCellMar>` +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/>' +
    '</w:tblPr>' +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  x += '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';
  t.columns.forEach((c, i) => (x += cellXml(fonts, t, { text: c.header }, widths[i]!, true)));
  x += '</w:tr>';
  for (const row of gridRows(t.rows, widths.length)) {
    x += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    for (const slot of row) {
      const w = widths.slice(slot.col, slot.col + slot.span).reduce((a, b) => a + b, 0);
      x += slot.kind === 'cell' ? cellXml(fonts, t, { ...slot.cell, span: slot.span }, w, false) : continuedXml(w, slot.span);
    }
    x += '</w:tr>';
  }
  return x + '</w:tbl>';
}

/**
 * 版记: a table without side borders whose rules are the standard's (first and last 0.35 mm,
 * between 0.25 mm), floating at the bottom of the type area; 抄送 and 印发机关 one character in,
 * 印发日期 one character in from the right.
 */
export function colophonXml(fonts: FontSet, c: Colophon, totalWidth: number): { xml: string; heightTwips: number } {
  const outer = Math.round((COLOPHON.outerRuleMm / 25.4) * 72 * 8);
  const inner = Math.round((COLOPHON.innerRuleMm / 25.4) * 72 * 8);
  const size = COLOPHON.sizePt;
  const oneChar = ptToTwips(size);
  const half = Math.floor(totalWidth / 2);
  const line = ptToTwips(size * 1.9);
  const rows: { left: string; right: string; span: boolean }[] = [];
  if (c.cc) rows.push({ left: `抄送：${c.cc}。`, right: '', span: true });
  if (c.printer || c.printDate) rows.push({ left: c.printer, right: c.printDate, span: false });
  const s = { font: 'fang' as const, sizePt: size };
  let x =
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:w="${totalWidth}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>' +
    '</w:tblPr>' +
    `<w:tblGrid><w:gridCol w:w="${half}"/><w:gridCol w:w="${totalWidth - half}"/></w:tblGrid>`;
  rows.forEach((r, i) => {
    const top = border('top', i === 0 ? outer : inner);
    const bottom = border('bottom', i === rows.length - 1 ? outer : inner);
    const tcBorders = `<w:tcBorders>${top}${border('left', 0, 'nil')}${bottom}${border('right', 0, 'nil')}</w:tcBorders>`;
    const cell = (w: number, span: number, jc: 'left' | 'right', text: string) =>
      `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${tcBorders}<w:vAlign w:val="center"/></w:tcPr>` +
      paragraph(
        // 抄送：'s wrapped lines align after the colon.
        { snapToGrid: false, line, jc, ...(jc === 'left' ? (r.span ? { indLeft: oneChar + 3 * oneChar, hanging: 3 * oneChar } : { indLeft: oneChar }) : { indRight: oneChar }) },
        text ? run(fonts, s, text) : '',
      ) +
      '</w:tc>';
    x += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    x += r.span ? cell(totalWidth, 2, 'left', r.left) : cell(half, 1, 'left', r.left) + cell(totalWidth - half, 1, 'right', r.right);
    x += '</w:tr>';
  });
  // Its height, for the spacer above it: lines of exact height, cc wrapped after 抄送：, plus the rules.
  const cellsPerLine = (totalWidth - 2 * oneChar) / ptToTwips(size + GRID.charSpacingPt);
  const ccCells = c.cc ? textCells(`抄送：${c.cc}。`) : 0;
  const ccLines = c.cc ? 1 + Math.ceil(Math.max(0, ccCells - Math.floor(cellsPerLine)) / Math.floor(cellsPerLine - 3)) : 0;
  const ruleTwips = (2 * outer + Math.max(0, rows.length - 1) * inner) * 2.5; // eighths of a point -> twips
  const heightTwips = (ccLines + (rows.length - (c.cc ? 1 : 0))) * line + Math.ceil(ruleTwips);
  return { xml: x + '</w:tbl>', heightTwips };
}

export { esc };
