// Tables laid out on their grid of columns: which column each cell stands in (cells merged down
// leave the rows below without that column), and column widths from what a table holds, with the
// page it needs: a table that does not fit the portrait type area (156 mm) at its natural width
// goes on a landscape page (225 mm wide). Both writers and the builders use these.
import { LANDSCAPE, TABLE, TYPE_AREA, mmToPt, textCells } from './layout';
import type { Orientation, TableCell, TableColumn } from './model';

/** A column as a builder describes it: the widest it should grow to before its text wraps. */
export interface ColumnSpec {
  header: string;
  align: TableColumn['align'];
  /** Character cells the column may take at most; longer text wraps. */
  maxCells: number;
  /** Cells it keeps however wide the table (its header always does): a status never wraps. */
  minCells?: number;
}

export interface FittedTable {
  columns: TableColumn[];
  orientation: Orientation;
}

export const PORTRAIT_WIDTH_PT = mmToPt(TYPE_AREA.widthMm);
export const LANDSCAPE_WIDTH_PT = mmToPt(LANDSCAPE.widthMm - LANDSCAPE.marginLeftMm - LANDSCAPE.marginRightMm);

const longestLine = (text: string) => Math.max(0, ...text.split('\n').map(textCells));

/** A place in a row of the table's grid: a cell, or columns covered by a cell merged down from above. */
export type GridSlot =
  | { kind: 'cell'; cell: TableCell; col: number; span: number }
  | { kind: 'covered'; col: number; span: number; last: boolean };

/**
 * Every row as slots over `width` columns: cells where they stand, covered places where a cell
 * above reaches down (rowSpan), and empty cells to pad a short row so every row covers the grid.
 */
export function gridRows(rows: readonly (readonly TableCell[])[], width: number): GridSlot[][] {
  /** Columns still covered from above: col -> rows left and the covering cell's span. */
  const down = new Map<number, { rows: number; span: number }>();
  return rows.map((row) => {
    const slots: GridSlot[] = [];
    const cells = [...row];
    for (let col = 0; col < width; ) {
      const cover = down.get(col);
      if (cover) {
        slots.push({ kind: 'covered', col, span: cover.span, last: cover.rows === 1 });
        if (--cover.rows === 0) down.delete(col);
        col += cover.span;
        continue;
      }
      const cell = cells.shift() ?? { text: '' };
      const span = Math.max(1, Math.min(cell.span ?? 1, width - col));
      slots.push({ kind: 'cell', cell, col, span });
      if ((cell.rowSpan ?? 1) > 1) down.set(col, { rows: cell.rowSpan! - 1, span });
      col += span;
    }
    return slots;
  });
}

/** Cells each column wants: its longest line (header included), capped at its maxCells. */
export function columnCells(specs: readonly ColumnSpec[], rows: readonly (readonly TableCell[])[]): number[] {
  const want = specs.map((c) => Math.min(c.maxCells, Math.max(1, longestLine(c.header))));
  for (const row of gridRows(rows, specs.length)) {
    for (const slot of row) {
      // Cells spanning several columns say nothing about one column's width.
      if (slot.kind === 'cell' && slot.span === 1) want[slot.col] = Math.max(want[slot.col]!, Math.min(specs[slot.col]!.maxCells, longestLine(slot.cell.text)));
    }
  }
  return want;
}

/** Room for a font a little wider than the estimate, so a line that fits is not wrapped. */
const SLACK_CELLS = 0.5;

/**
 * Widths in per mille of the table, and the page it needs: landscape when the natural width (what
 * each column wants, plus the cells' padding) is more than the portrait type area. A table wider
 * than its page takes the room from the columns that wrap (条目, 备注), never below a column's minimum.
 */
export function fitColumns(specs: readonly ColumnSpec[], rows: readonly (readonly TableCell[])[], sizePt: number = TABLE.sizePt): FittedTable {
  const padPt = 2 * mmToPt(TABLE.cellPaddingMm) + TABLE.borderPt;
  const toPt = (cells: number) => (cells + SLACK_CELLS) * sizePt + padPt;
  const want = columnCells(specs, rows).map(toPt);
  const min = specs.map((c, i) => Math.min(want[i]!, toPt(Math.max(longestLine(c.header), c.minCells ?? 0))));
  const natural = want.reduce((a, b) => a + b, 0);
  const orientation: Orientation = natural > PORTRAIT_WIDTH_PT ? 'landscape' : 'portrait';
  const room = orientation === 'landscape' ? LANDSCAPE_WIDTH_PT : PORTRAIT_WIDTH_PT;
  const floor = min.reduce((a, b) => a + b, 0);
  // Narrower than the page: every column grows alike. Wider: the wrapping part of each shrinks.
  const widths = natural <= room || natural <= floor ? want : want.map((w, i) => min[i]! + (w - min[i]!) * ((room - floor) / (natural - floor)));
  const total = widths.reduce((a, b) => a + b, 0);
  const permille = widths.map((w) => Math.round((w / total) * 1000));
  permille[permille.length - 1]! += 1000 - permille.reduce((a, b) => a + b, 0);
  return { columns: specs.map((c, i) => ({ header: c.header, align: c.align, widthPermille: permille[i]! })), orientation };
}
