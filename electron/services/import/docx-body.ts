// word/document.xml -> source lines: paragraphs in order, each with the number Word's automatic
// numbering draws before it (so a list-numbered 1. reads like a typed one), and table rows with their
// cells. Tracked deletions, the old side of tracked changes, fallback copies and text boxes are skipped.
import type { SourceLine } from '../../../shared/import/types';
import { ListCounter, styleProp, type NumberingDefinitions, type StyleInfo } from './docx-numbering';
import { scanXml, type ScannedTag } from './xml-scan';

const local = (name: string) => name.slice(name.indexOf(':') + 1);
/** Elements whose whole content is not the document's current text. */
const SKIPPED = new Set(['del', 'moveFrom', 'Fallback', 'txbxContent', 'pPrChange', 'rPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'sectPrChange', 'numberingChange', 'instrText', 'delInstrText', 'footnoteReference', 'endnoteReference', 'object']);

interface Paragraph {
  text: string;
  numId?: string;
  ilvl?: number;
  style?: string;
  outline?: number;
}

interface Cell {
  text: string[];
  span: number;
}

export function readDocumentXml(xml: string, numbering: NumberingDefinitions, styles: Map<string, StyleInfo>): SourceLine[] {
  const lines: SourceLine[] = [];
  const counter = new ListCounter(numbering);
  let skip = 0;
  let para: Paragraph | undefined;
  let inPPr = 0;
  let inRPr = 0;
  let inRun = 0;
  let inText = false;
  let tableDepth = 0;
  let tableId = 0;
  let row: Cell[] | undefined;
  let cell: Cell | undefined;

  const emit = (line: Omit<SourceLine, 'no'>) => lines.push({ no: lines.length + 1, ...line });

  const finishParagraph = (q: Paragraph) => {
    const numId = q.numId ?? styleProp(styles, q.style, 'numId');
    const ilvl = q.ilvl ?? styleProp(styles, q.style, 'ilvl') ?? 0;
    const number = numId && numId !== '0' ? counter.next(numId, ilvl) : '';
    const text = number + q.text;
    if (cell) {
      cell.text.push(text.replace(/\n/g, ' '));
      return;
    }
    const outline = q.outline ?? styleProp(styles, q.style, 'outlineLevel');
    const hintLevel = outline !== undefined && outline >= 0 && outline <= 3 ? ((outline + 1) as 1 | 2 | 3 | 4) : undefined;
    text.split('\n').forEach((t, i) => emit(i === 0 && hintLevel ? { text: t, hintLevel } : { text: t }));
  };

  const opentag = (t: ScannedTag) => {
    const n = local(t.name);
    if (skip || SKIPPED.has(n)) {
      if (!t.isSelfClosing) skip++;
      return;
    }
    const val = () => t.attr('w:val') ?? t.attr('val') ?? '';
    switch (n) {
      case 'tbl':
        if (++tableDepth === 1) tableId++;
        return;
      case 'tr':
        if (tableDepth === 1) row = [];
        return;
      case 'tc':
        if (tableDepth === 1) cell = { text: [], span: 1 };
        return;
      case 'gridSpan':
        if (cell && tableDepth === 1) cell.span = Math.max(1, Number(val()) || 1);
        return;
      case 'p':
        if (!para) para = { text: '' };
        return;
      case 'pPr':
        inPPr++;
        return;
      case 'rPr':
        inRPr++;
        return;
      case 'r':
        inRun++;
        return;
      case 't':
        inText = !t.isSelfClosing;
        return;
    }
    if (!para) return;
    if (inPPr && !inRPr) {
      if (n === 'pStyle') para.style = val();
      else if (n === 'numId') para.numId = val();
      else if (n === 'ilvl') para.ilvl = Number(val()) || 0;
      else if (n === 'outlineLvl') para.outline = Number(val());
    } else if (inRun && !inRPr) {
      if (n === 'tab' || n === 'ptab') para.text += '\t';
      else if (n === 'br' || n === 'cr') para.text += '\n';
      else if (n === 'noBreakHyphen') para.text += '-';
    }
  };

  const text = (chunk: string) => {
    if (inText && !skip && para) para.text += chunk;
  };

  const closetag = (t: ScannedTag) => {
    const n = local(t.name);
    if (skip) {
      if (!t.isSelfClosing) skip--;
      return;
    }
    switch (n) {
      case 't':
        inText = false;
        return;
      case 'pPr':
        inPPr--;
        return;
      case 'rPr':
        inRPr--;
        return;
      case 'r':
        inRun--;
        return;
      case 'p':
        if (para) finishParagraph(para);
        para = undefined;
        return;
      case 'tc':
        if (cell && row && tableDepth === 1) {
          row.push({ text: [cell.text.join(' ').trim()], span: cell.span });
          for (let i = 1; i < cell.span; i++) row.push({ text: [''], span: 1 });
          cell = undefined;
        }
        return;
      case 'tr':
        if (row && tableDepth === 1) {
          const cells = row.map((c) => c.text[0]!.replace(/[|｜]/g, '／'));
          emit({ text: cells.join(' | '), table: { id: tableId, cells } });
          row = undefined;
        }
        return;
      case 'tbl':
        tableDepth--;
        return;
    }
  };

  scanXml(xml, { opentag, text, closetag });
  return lines;
}
