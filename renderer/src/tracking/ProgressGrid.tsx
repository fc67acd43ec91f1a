// The 填报 grid: one period across all targets, worked like a spreadsheet.
// The active cell holds a real <input> with its text selected, so typing (or an IME
// composition, or a paste) replaces the cell, as in Excel. Arrows move; Enter or F2 edits and
// Enter again saves and moves down; Tab saves and moves right; Esc cancels; Delete clears;
// PageUp/PageDown move a screenful, Ctrl+Home/Ctrl+End to the first and last row.
// Each cell saves on its own and shows saving / saved / failed; a failed text stays in the cell.
// Only the rows near the viewport are drawn (useWindowedRows): a plan may have 2,000 targets.
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { GridRow, MeasurementCell } from '../../../shared/api/tracking';
import { formatNumber, parseMeasuredValue } from '../../../shared/tracking/format';
import { parsePeriod, periodLabel } from '../../../shared/tracking/period';
import type { TargetStatus } from '../../../shared/tracking/status';
import { call, errorMessage } from '../api/client';
import { COL_NAMES, COLS, GridRowView, shownText, storedText, type Col, type RowHandlers, type Save } from './GridRow';
import { useWindowedRows } from './useWindowedRows';

interface Pos {
  row: number;
  col: number;
}

interface ProgressGridProps {
  rows: GridRow[];
  period: string;
  /** A row after one of its cells was saved. */
  onSaved: (row: GridRow) => void;
  /** One sentence about the latest save, for the status line. */
  onMessage: (text: string, kind: 'saved' | 'error') => void;
  onShowHistory: (row: GridRow) => void;
}

const key = (targetId: number, col: Col) => `${targetId}:${col}`;

/** What the grid's body shows, in order: a section's header row, or a target's row. */
type Entry = { kind: 'section'; key: string; title: string } | { kind: 'row'; key: string; ri: number };

/** Heights before a row is measured: a section header; a target row with its units line. */
const SECTION_PX = 33;
const ROW_PX = 54;
const SPAN = 8;

function entriesOf(rows: readonly GridRow[]): { entries: Entry[]; entryOfRow: Int32Array } {
  const entries: Entry[] = [];
  const entryOfRow = new Int32Array(rows.length);
  const seen = new Map<string, number>();
  let last: string | null = null;
  rows.forEach((r, ri) => {
    const title = r.sectionLabel ? `${r.sectionLabel}${r.sectionTitle}` : '未关联条目的指标';
    if (title !== last) {
      const n = (seen.get(title) ?? 0) + 1;
      seen.set(title, n);
      entries.push({ kind: 'section', key: `s:${n}:${title}`, title });
      last = title;
    }
    entryOfRow[ri] = entries.length;
    entries.push({ kind: 'row', key: `r:${r.targetId}`, ri });
  });
  return { entries, entryOfRow };
}
const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export function ProgressGrid({ rows, period, onSaved, onMessage, onShowHistory }: ProgressGridProps) {
  const [active, setActive] = useState<Pos>({ row: 0, col: 0 });
  const [editing, setEditing] = useState(false);
  const [saves, setSaves] = useState<Map<string, Save>>(new Map());
  const [focused, setFocused] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const periodName = periodLabel(parsePeriod(period)!);

  const activeRow = Math.min(active.row, rows.length - 1);
  const row = rows[activeRow];
  const col = COLS[active.col]!;

  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const { entries, entryOfRow } = useMemo(() => entriesOf(rows), [rows]);
  const keys = useMemo(() => entries.map((e) => e.key), [entries]);
  const estimate = useMemo(() => (i: number) => (entries[i]?.kind === 'section' ? SECTION_PX : ROW_PX), [entries]);
  // The active row is always drawn, so the arrow keys never move focus to a row that is not there.
  const win = useWindowedRows({ keys, estimate, body: bodyRef, pinned: activeRow >= 0 ? (entryOfRow[activeRow] ?? -1) : -1 });

  // While the grid has focus, the active cell's input holds it with its text selected (nav mode).
  // A layout effect: focus must move within the keystroke that moved the cell, or the next key is lost.
  useLayoutEffect(() => {
    if (!focused || editing || !inputRef.current) return;
    inputRef.current.focus();
    inputRef.current.select();
  }, [active, editing, focused, rows]);

  const setSave = (k: string, s: Save | null) =>
    setSaves((m) => {
      const next = new Map(m);
      if (s) next.set(k, s);
      else next.delete(k);
      return next;
    });

  async function save(r: GridRow, c: Col, text: string): Promise<void> {
    const k = key(r.targetId, c);
    const trimmed = text.trim();
    const failedBefore = saves.get(k)?.state === 'error';
    if (trimmed === storedText(r, c) && !failedBefore) return;
    const input: { targetId: number; period: string; value?: number | null; note?: string; source?: string } = { targetId: r.targetId, period };
    if (c === 'value') {
      if (trimmed === '') input.value = null;
      else {
        const parsed = parseMeasuredValue(trimmed);
        if (!parsed.ok) {
          setSave(k, { state: 'error', message: `${r.name}：${parsed.message}未保存。`, text });
          onMessage(`${r.name}（${periodName}）：${parsed.message}未保存，请改为数字。`, 'error');
          return;
        }
        if (r.cell?.value === parsed.value && !failedBefore) return;
        input.value = parsed.value;
      }
    } else input[c] = trimmed;
    setSave(k, { state: 'saving', text: trimmed });
    try {
      const { status, ...cell } = await call('progress.set', input);
      onSaved({ ...r, cell: cell.enteredAt ? (cell as MeasurementCell) : null, status: status as TargetStatus });
      setSave(k, { state: 'saved' });
      const what = c === 'value' ? (cell.value === null ? '已清除' : `= ${formatNumber(cell.value ?? 0, 6)}${r.unit}`) : `${COL_NAMES[c]}已保存`;
      onMessage(`已保存：${r.name}（${periodName}）${what}，当前状态：${status}。`, 'saved');
      window.setTimeout(() => setSaves((m) => (m.get(k)?.state === 'saved' ? (m.delete(k), new Map(m)) : m)), 2500);
    } catch (e) {
      setSave(k, { state: 'error', message: errorMessage(e), text });
      onMessage(`${r.name}（${periodName}）未保存：${errorMessage(e)}`, 'error');
    }
  }

  const move = (dRow: number, dCol: number) => {
    setActive((p) => {
      let rowIdx = p.row;
      let colIdx = p.col + dCol;
      if (colIdx >= COLS.length) {
        colIdx = 0;
        rowIdx += 1;
      } else if (colIdx < 0) {
        colIdx = COLS.length - 1;
        rowIdx -= 1;
      }
      rowIdx = Math.max(0, Math.min(rows.length - 1, rowIdx + dRow));
      return { row: rowIdx, col: colIdx };
    });
  };

  const beginEdit = (text: string) => {
    if (inputRef.current) inputRef.current.value = text;
    setEditing(true);
  };

  /** Ends editing and saves what the input holds. */
  const commit = () => {
    if (!row) return;
    setEditing(false);
    void save(row, col, inputRef.current?.value ?? '');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // The IME owns these keys; a composition replaces the selected text like typing does.
    if (e.nativeEvent.isComposing || e.key === 'Process') return;
    if (editing) {
      if (e.key === 'Enter' || e.key === 'Tab' || e.key === 'ArrowUp' || e.key === 'ArrowDown') {
        e.preventDefault();
        commit();
        if (e.key === 'Tab') move(0, e.shiftKey ? -1 : 1);
        else move(e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey) ? -1 : 1, 0);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        setEditing(false); // the input shows the cell's text again
        if (row) setSave(key(row.targetId, col), null);
      }
      return;
    }
    const step = MOVES[e.key];
    if (step) {
      e.preventDefault();
      const [dr, dc] = step;
      if (dc !== 0 && (active.col + dc < 0 || active.col + dc >= COLS.length)) return; // arrows stop at the edge
      move(dr, dc);
    } else if (e.key === 'PageDown' || e.key === 'PageUp') {
      // A screenful of rows, as in a spreadsheet.
      e.preventDefault();
      const page = Math.max(1, Math.floor(window.innerHeight / ROW_PX) - 2);
      move(e.key === 'PageDown' ? page : -page, 0);
    } else if ((e.ctrlKey || e.metaKey) && (e.key === 'Home' || e.key === 'End')) {
      e.preventDefault();
      setActive((p) => ({ row: e.key === 'Home' ? 0 : rows.length - 1, col: p.col }));
    } else if (e.key === 'Tab') {
      e.preventDefault();
      move(0, e.shiftKey ? -1 : 1);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      if (row) beginEdit(shownText(row, col, saves.get(key(row.targetId, col))));
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      if (row) void save(row, col, '');
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (row) setSave(key(row.targetId, col), null);
    }
    // Any other key types into the selected text and so replaces it (onChange starts editing).
  };

  // Rows get one stable set of handlers that call the latest closures, so unchanged rows skip rendering.
  const latest = useRef({ onKeyDown, commit, beginEdit, editing, focused, active, rows, saves, onShowHistory });
  latest.current = { onKeyDown, commit, beginEdit, editing, focused, active, rows, saves, onShowHistory };
  const handlers = useMemo<RowHandlers>(
    () => ({
      cellMouseDown(ri, ci, e) {
        const l = latest.current;
        if (ri === l.active.row && ci === l.active.col && l.focused) return;
        // Focus moves to the new cell's input (the effect above), not to the page.
        e.preventDefault();
        if (l.editing) l.commit();
        setActive({ row: ri, col: ci });
        setFocused(true);
      },
      cellDoubleClick(ri, ci) {
        const l = latest.current;
        const r = l.rows[ri];
        const c = COLS[ci]!;
        if (r) l.beginEdit(shownText(r, c, l.saves.get(key(r.targetId, c))));
      },
      change() {
        if (!latest.current.editing) setEditing(true);
      },
      keyDown: (e) => latest.current.onKeyDown(e),
      blur() {
        if (latest.current.editing) latest.current.commit();
      },
      history: (r) => latest.current.onShowHistory(r),
    }),
    [],
  );

  if (!rows.length) return null;

  const failed = [...saves.values()].filter((x) => x.state === 'error').length;
  const spacer = (px: number, where: string) =>
    px > 0 ? (
      <tr className="grid-spacer" aria-hidden="true" data-spacer={where}>
        <td colSpan={SPAN} style={{ height: px }} />
      </tr>
    ) : null;
  return (
    <div className="grid-wrap">
      {failed ? (
        <p className="grid-errors" role="alert">
          有 {failed} 个单元格未保存（红色标记，悬停可看原因），改正后按 Enter 保存。
        </p>
      ) : null}
      <table
        className="table progress-grid"
        role="grid"
        aria-label={`${periodName}填报`}
        aria-rowcount={rows.length + 1}
        tabIndex={focused ? -1 : 0}
        onFocus={() => setFocused(true)}
        onBlur={(e) => {
          // Moving to another cell replaces the focused input; only a focus that stays outside ends grid focus.
          const table = e.currentTarget;
          if (table.contains(e.relatedTarget as Node | null)) return;
          requestAnimationFrame(() => {
            if (!table.contains(document.activeElement)) setFocused(false);
          });
        }}
      >
        <thead>
          <tr>
            <th className="col-item">条目</th>
            <th className="col-name">指标</th>
            <th className="col-target">目标</th>
            <th className="col-prev">上期</th>
            {COLS.map((c) => (
              <th key={c} className={`col-${c}`}>
                {c === 'value' ? periodName : COL_NAMES[c]}
              </th>
            ))}
            <th className="col-state" title="截至本期末的状态（本期尚未结束时为今天）">
              状态
            </th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {spacer(win.before, 'before')}
          {entries.slice(win.start, win.end + 1).map((e) => {
            if (e.kind === 'section') {
              return (
                <tr key={e.key} ref={win.measure(e.key)} className="grid-section">
                  <th colSpan={SPAN} scope="rowgroup">
                    {e.title}
                  </th>
                </tr>
              );
            }
            const r = rows[e.ri]!;
            return (
              <GridRowView
                key={e.key}
                rowRef={win.measure(e.key)}
                r={r}
                ri={e.ri}
                periodName={periodName}
                activeCol={e.ri === activeRow ? active.col : -1}
                focused={focused}
                editing={editing}
                saves={COLS.map((c) => saves.get(key(r.targetId, c)))}
                inputRef={inputRef}
                h={handlers}
              />
            );
          })}
          {spacer(win.after, 'after')}
        </tbody>
      </table>
    </div>
  );
}
