// Blocks of the official-document model as HTML. Positions are in body character cells (15.75 pt)
// or grid lines (28.95 pt), as the docx writer places them; every text goes through escapeHtml.
import type { FontRole } from '../fonts';
import { BODY_CELL_PT, BODY_INDENT_CELLS, GRID, HEADER, SIZE_PT, ptToMm, textCells } from '../layout';
import type { Block, Colophon, MarkBlock, OfficialTable, Run, SourceRef, TableCell } from '../model';
import { gridRows } from '../table-layout';
import { TEXT_RAISE_PT } from './css';
import { escapeHtml as esc, num } from './escape';

const cells = (n: number) => `${num(n * BODY_CELL_PT)}pt`;
const INDENT_PT = BODY_INDENT_CELLS * BODY_CELL_PT;

/** data- attributes naming where a block came from (a click in a preview can jump there). */
function sourceAttrs(source?: SourceRef): string {
  if (!source) return '';
  let a = '';
  if (source.uid) a += ` data-uid="${esc(source.uid)}"`;
  if (source.block !== undefined) a += ` data-block="${source.block}"`;
  if (source.field) a += ` data-field="${esc(source.field)}"`;
  return a;
}

function runHtml(r: Run, base: FontRole): string {
  const text = esc(r.text);
  const cls = r.font === base ? '' : ` class="f-${r.font}"`;
  if (r.bold) return `<b${cls}>${text}</b>`;
  return cls ? `<span${cls}>${text}</span>` : text;
}

const blank = (keep = false) => `<div class="blank${keep ? ' keep' : ''}"></div>`;
const blanks = (n: number, keepLast = false) => Array.from({ length: n }, (_, i) => blank(keepLast && i === n - 1)).join('');

/** The mark's line height: its size plus a little, off the grid (as the docx). */
const markLinePt = (m: MarkBlock) => Math.round(m.sizePt * 1.1);

function markHtml(m: MarkBlock): string {
  const style = `font-size:${m.sizePt}pt;line-height:${markLinePt(m)}pt`;
  let mark: string;
  if (m.lines.length > 1 && m.suffix) {
    // Joint issue: the organs one under the other, spread to one width, 文件 beside them.
    mark = `<div class="mark mark-joint f-title" style="${style}"><div class="organs">${m.lines.map(esc).join('<br>')}</div><div>&nbsp;${esc(m.suffix)}</div></div>`;
  } else {
    const lines = m.lines.length ? m.lines : [''];
    mark = lines.map((l, i) => `<div class="mark f-title" style="${style}">${esc(i === lines.length - 1 ? l + m.suffix : l)}</div>`).join('');
  }
  return `<div class="mark-space"></div>${mark}${blanks(HEADER.linesMarkToNumber)}`;
}

/** The red rule 4 mm under the 发文字号's characters, which sit centred (then raised) in their line. */
const RULE_GAP_MM = Math.max(0, HEADER.ruleBelowNumberMm - ptToMm((GRID.linePitchPt - SIZE_PT.san) / 2 + TEXT_RAISE_PT));

/** Cell text: a line break in the model (基期值 over its year) is a line break in the cell. */
const cellText = (text: string) => esc(text).replace(/\n/g, '<br>');

function tableHtml(t: OfficialTable): string {
  const cols = t.columns.map((c) => `<col style="width:${num(c.widthPermille / 10)}%">`).join('');
  const head = t.columns.map((c) => `<th class="f-${t.headerFont}" style="text-align:center">${cellText(c.header)}</th>`).join('');
  const cell = (c: TableCell, span: number) => {
    const spans = (span > 1 ? ` colspan="${span}"` : '') + ((c.rowSpan ?? 1) > 1 ? ` rowspan="${c.rowSpan}"` : '');
    // A bold cell (a group row, a status to notice) in the header's face, as the docx writes it.
    const text = c.bold ? `<span class="f-${t.headerFont}">${cellText(c.text)}</span>` : cellText(c.text);
    return `<td${spans} style="text-align:${c.align ?? 'left'}"${sourceAttrs(c.source)}>${text}</td>`;
  };
  // Places covered by a cell merged down from above print nothing.
  const rows = gridRows(t.rows, t.columns.length)
    .map((r) => `<tr>${r.map((slot) => (slot.kind === 'cell' ? cell(slot.cell, slot.span) : '')).join('')}</tr>`)
    .join('');
  return (
    `<table class="official f-${t.bodyFont}" style="font-size:${t.sizePt}pt"><colgroup>${cols}</colgroup>` +
    `<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`
  );
}

export function blockHtml(b: Block): string {
  switch (b.type) {
    case 'mark':
      return markHtml(b);
    case 'docNumber': {
      // Without the red header the mark's space stays, for paper with a pre-printed one.
      const reserve = b.markSpace
        ? `<div class="mark-space"></div><div style="height:${Math.round(HEADER.markMaxPt * 1.1)}pt"></div>${blanks(HEADER.linesMarkToNumber)}`
        : '';
      const rule = b.redRule ? `<div class="red-rule" style="margin-top:${num(RULE_GAP_MM)}mm"></div>` : '';
      return `${reserve}<p class="doc-number" data-field="notice.docNumber">${esc(b.text) || '&nbsp;'}</p>${rule}`;
    }
    case 'title':
      // Headings are h1-h3 so the PDF's bookmarks list the titles, 一、 and （一）.
      return `<h1 class="title f-title"${sourceAttrs(b.source)}>${b.lines.map(esc).join('<br>')}</h1>`;
    case 'recipients':
      return `<p class="left"${sourceAttrs(b.source)}>${esc(b.text)}</p>`;
    case 'paragraph': {
      const keep = b.keepWithNext ? ' keep' : '';
      const tag = b.role === 'level1' ? 'h2' : b.role === 'level2' ? 'h3' : 'p';
      return `<${tag} class="indent ${b.role}${keep}"${sourceAttrs(b.source)}>${b.runs.map((r) => runHtml(r, 'fang')).join('')}</${tag}>`;
    }
    case 'blank':
      return blanks(b.lines, !!b.keepWithNext);
    case 'attachmentNote': {
      // 附件：1.XXX, the names after the first aligned under it.
      const head = '附件：';
      const hang = textCells(head) * BODY_CELL_PT;
      const pad = `padding-left:${num(INDENT_PT + hang)}pt`;
      return b.names
        .map((name, i) => {
          const text = b.names.length === 1 ? head + name : `${i === 0 ? head : ''}${i + 1}.${name}`;
          const style = i === 0 ? `${pad};text-indent:-${num(hang)}pt` : pad;
          return `<p class="hang${i < b.names.length - 1 || b.keepWithNext ? ' keep' : ''}" style="${style}">${esc(text)}</p>`;
        })
        .join('');
    }
    case 'signature': {
      const signers = b.signers.map((l) => `<p class="signature f-kai" style="padding-left:${cells(l.indentCells)}">${esc(l.text)}</p>`).join('');
      const date = b.date.text ? `<p class="signature" style="padding-left:${cells(b.date.indentCells)}">${esc(b.date.text)}</p>` : '';
      return `<div class="signature"${sourceAttrs(b.source)}>${signers}${date}</div>`;
    }
    case 'note':
      return `<p class="indent left">${esc(b.text)}</p>`;
    case 'attachmentLabel':
      return `<p class="left f-hei">${esc(b.text)}</p>`;
    case 'table': {
      // A 专栏's title stays with its table on one page.
      const empty = b.emptyText ? `<p class="table-empty" style="font-size:${b.table.sizePt}pt">${esc(b.emptyText)}</p>` : '';
      if (!b.caption) return tableHtml(b.table) + empty;
      return `<div class="table-box"><p class="center f-hei keep"${sourceAttrs(b.source)}>${esc(b.caption)}</p>${tableHtml(b.table)}${empty}</div>`;
    }
  }
}

/** 版记 on its own page: 抄送 (wrapped lines aligned after 抄送：), then 印发机关 and 印发日期. */
export function colophonHtml(c: Colophon): string {
  const lines: string[] = [];
  if (c.cc) {
    const hang = `${textCells('抄送：')}em`;
    lines.push(`<div class="colophon-line"><span style="padding-left:${hang};text-indent:-${hang}">抄送：${esc(c.cc)}。</span></div>`);
  }
  if (c.printer || c.printDate) lines.push(`<div class="colophon-line"><span>${esc(c.printer)}</span><span>${esc(c.printDate)}</span></div>`);
  return `<div class="colophon-page"><div class="colophon">${lines.join('')}</div></div>`;
}
