// Tables in scraped web text, where each cell ends with "|": either one cell a line with lines of
// bare "|" between (an empty cell is a "|" alone), or one row a line: a | b | c |.
import { recogniseLine } from '../outline/markers';
import { clean, endsSentence, isPipeOnly } from './lines';
import { findHeader, isHeaderCell } from './indicator-table';
import type { SourceLine } from './types';

export interface TextTable {
  title: string;
  /** Line numbers of the title and every line of the table. */
  lines: number[];
  rows: string[][];
  line: number;
}

const TABLE_TITLE = /^专栏\s*[一二三四五六七八九十\d]+/;

/** Whether a line may be part of a table region: separators, or short cell text. */
function isCellLine(text: string): boolean {
  const t = clean(text);
  if (!t) return true;
  if (isPipeOnly(t) || /[|｜]/.test(t)) return true;
  return t.length <= 40 && !endsSentence(t) && recogniseLine(t).level === 0;
}

/** Cells of a one-cell-a-line region: each "|" ends the cell gathered since the last one. */
function cellsOf(lines: readonly SourceLine[]): string[] {
  const cells: string[] = [];
  let current = '';
  for (const l of lines) {
    for (const ch of clean(l.text)) {
      if (ch === '|' || ch === '｜') {
        cells.push(current.trim());
        current = '';
      } else current += ch;
    }
  }
  if (current.trim()) cells.push(current.trim());
  return cells;
}

/** Rows from cells: the header (指标名称 and the cells that look like header cells) gives the width. */
function rowsOf(cells: readonly string[]): string[][] {
  const start = cells.findIndex((c) => /指标|名称|项目/.test(c));
  if (start === -1) return [];
  let width = 1;
  while (start + width < cells.length && isHeaderCell(cells[start + width]!)) width++;
  const rows: string[][] = [];
  for (let i = start; i < cells.length; i += width) rows.push(cells.slice(i, i + width));
  return rows;
}

function rowLines(lines: readonly SourceLine[]): string[][] {
  return lines
    .map((l) => clean(l.text))
    .filter((t) => t && !isPipeOnly(t))
    .map((t) => t.replace(/^[|｜]|[|｜]$/g, '').split(/[|｜]/).map((c) => c.trim()));
}

/** Tables in `lines` (text lines, not .docx rows), each with the lines it covers. */
export function findTextTables(lines: readonly SourceLine[]): TextTable[] {
  const tables: TextTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = clean(lines[i]!.text);
    const titled = TABLE_TITLE.test(t);
    const opensBare = isPipeOnly(t) || (/[|｜]/.test(t) && /指标|名称/.test(t));
    if (!titled && !opensBare) continue;
    const from = titled ? i + 1 : i;
    const firstText = lines.slice(from, from + 4).map((l) => clean(l.text)).find(Boolean) ?? '';
    const inline = /[|｜]/.test(firstText) && !isPipeOnly(firstText);
    let end = from;
    while (end < lines.length && (end === i || !TABLE_TITLE.test(clean(lines[end]!.text)))) {
      const text = clean(lines[end]!.text);
      if (inline ? text && !/[|｜]/.test(text) : !isCellLine(text)) break;
      end++;
    }
    while (end > from && !/[|｜]/.test(lines[end - 1]!.text)) end--; // a table ends with its last "|"
    const body = lines.slice(from, end);
    if (!body.length) continue;
    const rows = inline ? rowLines(body) : rowsOf(cellsOf(body));
    if (findHeader(rows) === -1) continue;
    tables.push({ title: titled ? t : '', lines: lines.slice(i, end).map((l) => l.no), rows, line: lines[i]!.no });
    i = end - 1;
  }
  return tables;
}
