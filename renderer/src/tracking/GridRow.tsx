// One target's row of the 填报 grid. Memoized: a keystroke re-renders the active row only,
// so a plan with 2,000 targets types as quickly as one with 20.
import { memo, useLayoutEffect, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { GridRow } from '../../../shared/api/tracking';
import { formatDateTime } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/tracking/format';
import { parsePeriod, periodLabel } from '../../../shared/tracking/period';
import { TrackStatus } from './status';

export const COLS = ['value', 'note', 'source'] as const;
export type Col = (typeof COLS)[number];
export const COL_NAMES: Record<Col, string> = { value: '本期值', note: '备注', source: '数据来源' };

/** A cell's save: in flight, done (shown briefly), or failed with the text kept. */
export type Save = { state: 'saved' } | { state: 'saving'; text: string } | { state: 'error'; message: string; text: string };

export function storedText(row: GridRow, col: Col): string {
  const c = row.cell;
  if (!c) return '';
  if (col === 'value') return c.value === null ? '' : formatNumber(c.value, 6);
  return c[col];
}

/** What a cell shows: the text being saved, or a failed text until it is fixed. */
export function shownText(row: GridRow, col: Col, save: Save | undefined): string {
  return save?.state === 'error' || save?.state === 'saving' ? save.text : storedText(row, col);
}

export interface RowHandlers {
  cellMouseDown(row: number, col: number, e: MouseEvent): void;
  cellDoubleClick(row: number, col: number): void;
  /** The input's text changed (typing, IME, paste): editing starts. */
  change(): void;
  keyDown(e: KeyboardEvent<HTMLInputElement>): void;
  blur(): void;
  history(row: GridRow): void;
}

/**
 * The active cell's input. Uncontrolled while editing (the DOM holds the text, so a keystroke
 * re-renders nothing); in nav mode it shows the cell's text, selected.
 */
function ActiveCellInput({ inputRef, label, text, editing, numeric, h }: { inputRef: RefObject<HTMLInputElement | null>; label: string; text: string; editing: boolean; numeric: boolean; h: RowHandlers }) {
  useLayoutEffect(() => {
    if (!editing && inputRef.current) inputRef.current.value = text;
  }, [text, editing, inputRef]);
  return (
    <input
      ref={inputRef}
      className={editing ? 'grid-input grid-input-editing' : 'grid-input'}
      aria-label={label}
      defaultValue={text}
      inputMode={numeric ? 'decimal' : 'text'}
      size={1}
      onChange={h.change}
      onKeyDown={h.keyDown}
      onMouseUp={(e) => {
        // A click into the selected cell keeps it selected, so typing still replaces it.
        if (!editing) {
          e.preventDefault();
          e.currentTarget.select();
        }
      }}
      onBlur={h.blur}
    />
  );
}

interface GridRowViewProps {
  /** Measures the row for the grid's windowing; the same function for as long as the row is there. */
  rowRef: (el: HTMLTableRowElement | null) => void;
  r: GridRow;
  ri: number;
  periodName: string;
  /** The active column when this is the active row, else -1. */
  activeCol: number;
  focused: boolean;
  editing: boolean;
  saves: readonly (Save | undefined)[];
  inputRef: RefObject<HTMLInputElement | null>;
  h: RowHandlers;
}

function same(a: GridRowViewProps, b: GridRowViewProps): boolean {
  if (a.r !== b.r || a.ri !== b.ri || a.activeCol !== b.activeCol || a.periodName !== b.periodName) return false;
  if (a.saves.some((s, i) => s !== b.saves[i])) return false;
  return b.activeCol < 0 || (a.focused === b.focused && a.editing === b.editing);
}

export const GridRowView = memo(function GridRowView({ rowRef, r, ri, periodName, activeCol, focused, editing, saves, inputRef, h }: GridRowViewProps) {
  return (
    <tr ref={rowRef} aria-rowindex={ri + 2} className={activeCol >= 0 ? 'grid-row-active' : undefined}>
      <td className="col-item" title={r.items.map((i) => `${i.label}${i.lead}`).join('\n')}>
        {r.items.map((i) => i.label).join(' ') || <span className="muted">—</span>}
      </td>
      <th scope="row" className="col-name">
        {r.name}
        {r.units.length ? <span className="grid-units">{r.units.join('、')}</span> : null}
      </th>
      <td className="col-target num">{r.targetText}</td>
      <td className="col-prev num" title={r.previous ? periodLabel(parsePeriod(r.previous.period)!) : undefined}>
        {r.previous ? formatNumber(r.previous.value) : <span className="muted">—</span>}
      </td>
      {COLS.map((c, ci) => {
        const isActive = ci === activeCol;
        const s = saves[ci];
        const text = shownText(r, c, s);
        const who = r.cell && storedText(r, c) ? `${r.cell.enteredBy || '未知用户'} 于 ${formatDateTime(r.cell.enteredAt)} 填报` : undefined;
        const cls = ['grid-cell', `col-${c}`, c === 'value' ? 'num' : '', isActive ? 'cell-active' : '', s ? `cell-${s.state}` : ''].join(' ');
        return (
          <td
            key={c}
            role="gridcell"
            className={cls}
            title={s?.state === 'error' ? s.message : who}
            aria-invalid={s?.state === 'error' ? true : undefined}
            onMouseDown={(e) => h.cellMouseDown(ri, ci, e)}
            onDoubleClick={() => h.cellDoubleClick(ri, ci)}
          >
            {isActive && focused ? (
              <ActiveCellInput
                inputRef={inputRef}
                label={`${r.name} ${c === 'value' ? periodName : COL_NAMES[c]}`}
                text={text}
                editing={editing}
                numeric={c === 'value'}
                h={h}
              />
            ) : (
              <span className="grid-text">{text}</span>
            )}
          </td>
        );
      })}
      <td className="col-state">
        <TrackStatus status={r.status} />
        <button type="button" className="link-button grid-history" tabIndex={-1} onClick={() => h.history(r)}>
          记录
        </button>
      </td>
    </tr>
  );
}, same);
