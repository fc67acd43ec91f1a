// The 填报 grid: one period across all targets, worked like a spreadsheet.
// The active cell holds a real <input> with its text selected, so typing (or an IME
// composition, or a paste) replaces the cell, as in Excel. Arrows move; Enter or F2 edits and
// Enter again saves and moves down; Tab saves and moves right; Esc cancels; Delete clears.
// Each cell saves on its own and shows saving / saved / failed; a failed text stays in the cell.
import { Fragment, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { GridRow, MeasurementCell } from '../../../shared/api/tracking';
import { formatDateTime } from '../../../shared/format/date';
import { formatNumber, parseMeasuredValue } from '../../../shared/tracking/format';
import { parsePeriod, periodLabel } from '../../../shared/tracking/period';
import type { TargetStatus } from '../../../shared/tracking/status';
import { call, errorMessage } from '../api/client';
import { TrackStatus } from './status';

const COLS = ['value', 'note', 'source'] as const;
type Col = (typeof COLS)[number];
const COL_NAMES: Record<Col, string> = { value: '本期值', note: '备注', source: '数据来源' };

type Save = { state: 'saved' } | { state: 'saving'; text: string } | { state: 'error'; message: string; text: string };

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

function storedText(row: GridRow, col: Col): string {
  const c = row.cell;
  if (!c) return '';
  if (col === 'value') return c.value === null ? '' : formatNumber(c.value, 6);
  return c[col];
}

const key = (targetId: number, col: Col) => `${targetId}:${col}`;

export function ProgressGrid({ rows, period, onSaved, onMessage, onShowHistory }: ProgressGridProps) {
  const [active, setActive] = useState<Pos>({ row: 0, col: 0 });
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [saves, setSaves] = useState<Map<string, Save>>(new Map());
  const [focused, setFocused] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const periodName = periodLabel(parsePeriod(period)!);

  const row = rows[Math.min(active.row, rows.length - 1)];
  const col = COLS[active.col]!;

  const setSave = (k: string, s: Save | null) =>
    setSaves((m) => {
      const next = new Map(m);
      if (s) next.set(k, s);
      else next.delete(k);
      return next;
    });

  /** What a cell shows: the text being saved, or a failed text until it is fixed. */
  const shownText = (r: GridRow, c: Col) => {
    const s = saves.get(key(r.targetId, c));
    return s?.state === 'error' || s?.state === 'saving' ? s.text : storedText(r, c);
  };

  // While the grid has focus, the active cell's input holds it with its text selected (nav mode).
  useEffect(() => {
    if (!focused || editing || !inputRef.current) return;
    inputRef.current.focus();
    inputRef.current.select();
  }, [active, editing, focused, rows]);

  async function save(r: GridRow, c: Col, text: string): Promise<void> {
    const k = key(r.targetId, c);
    const trimmed = text.trim();
    if (trimmed === storedText(r, c) && saves.get(k)?.state !== 'error') return;
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
        if (r.cell?.value === parsed.value && saves.get(k)?.state !== 'error') return;
        input.value = parsed.value;
      }
    } else input[c] = trimmed;
    setSave(k, { state: 'saving', text: trimmed });
    try {
      const result = await call('progress.set', input);
      const { status, ...cell } = result;
      const updated: GridRow = { ...r, cell: cell.enteredAt ? (cell as MeasurementCell) : null, status: status as TargetStatus };
      onSaved(updated);
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
    setDraft(text);
    setEditing(true);
  };

  const commit = () => {
    if (!row) return;
    setEditing(false);
    void save(row, col, draft);
  };

  const cancel = () => {
    setEditing(false);
    setDraft('');
    if (row) setSave(key(row.targetId, col), null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing || e.key === 'Process') {
      if (!editing) beginEdit('');
      return; // the IME owns these keys
    }
    if (editing) {
      if (e.key === 'Enter') {
        e.preventDefault();
        commit();
        move(e.shiftKey ? -1 : 1, 0);
      } else if (e.key === 'Tab') {
        e.preventDefault();
        commit();
        move(0, e.shiftKey ? -1 : 1);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        cancel();
      } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
        e.preventDefault();
        commit();
        move(e.key === 'ArrowUp' ? -1 : 1, 0);
      }
      return;
    }
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (moves[e.key]) {
      e.preventDefault();
      const [dr, dc] = moves[e.key]!;
      if (dc !== 0 && (active.col + dc < 0 || active.col + dc >= COLS.length)) return; // arrows stop at the edge
      move(dr, dc);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      move(0, e.shiftKey ? -1 : 1);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      if (row) beginEdit(shownText(row, col));
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      if (row) void save(row, col, '');
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (row) setSave(key(row.targetId, col), null);
    }
    // Any other key types into the selected text and so replaces it (onChange starts editing).
  };

  if (!rows.length) return null;

  let lastSection: string | null = null;
  const failed = [...saves.values()].filter((x) => x.state === 'error').length;
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
        ref={tableRef}
        tabIndex={focused ? -1 : 0}
        onFocus={() => setFocused(true)}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
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
                {c === 'value' ? `${periodName}` : COL_NAMES[c]}
              </th>
            ))}
            <th className="col-state" title="截至本期末的状态（本期尚未结束时为今天）">状态</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, ri) => {
            const section = r.sectionLabel ? `${r.sectionLabel}${r.sectionTitle}` : '未关联条目的指标';
            const header = section !== lastSection;
            lastSection = section;
            return (
              <Fragment key={r.targetId}>
                {header ? (
                  <tr className="grid-section">
                    <th colSpan={8} scope="rowgroup">
                      {section}
                    </th>
                  </tr>
                ) : null}
                <tr aria-rowindex={ri + 2} className={ri === active.row ? 'grid-row-active' : undefined}>
                  <td className="col-item" title={r.items.map((i) => `${i.label}${i.lead}`).join('\n')}>
                    {r.items.map((i) => i.label).join(' ') || <span className="muted">—</span>}
                  </td>
                  <th scope="row" className="col-name">
                    {r.name}
                    {r.units.length ? <span className="grid-units">{r.units.join('、')}</span> : null}
                  </th>
                  <td className="col-target num">{r.targetText}</td>
                  <td className="col-prev num" title={r.previous ? periodLabel(parsePeriod(r.previous.period)!) : undefined}>
                    {r.previous ? `${formatNumber(r.previous.value)}` : <span className="muted">—</span>}
                  </td>
                  {COLS.map((c, ci) => {
                    const isActive = ri === active.row && ci === active.col;
                    const s = saves.get(key(r.targetId, c));
                    const who = r.cell && storedText(r, c) ? `${r.cell.enteredBy || '未知用户'} 于 ${formatDateTime(r.cell.enteredAt)} 填报` : undefined;
                    const cls = ['grid-cell', `col-${c}`, c === 'value' ? 'num' : '', isActive ? 'cell-active' : '', s ? `cell-${s.state}` : ''].join(' ');
                    return (
                      <td
                        key={c}
                        role="gridcell"
                        className={cls}
                        title={s?.state === 'error' ? s.message : who}
                        aria-invalid={s?.state === 'error' ? true : undefined}
                        onMouseDown={(e) => {
                          if (isActive && focused) return;
                          // Focus moves to the new cell's input (the effect above), not to the page.
                          e.preventDefault();
                          if (editing) commit();
                          setActive({ row: ri, col: ci });
                          setFocused(true);
                        }}
                        onDoubleClick={() => beginEdit(shownText(r, c))}
                      >
                        {isActive && focused ? (
                          <input
                            ref={inputRef}
                            className={editing ? 'grid-input grid-input-editing' : 'grid-input'}
                            aria-label={`${r.name} ${c === 'value' ? periodName : COL_NAMES[c]}`}
                            value={editing ? draft : shownText(r, c)}
                            inputMode={c === 'value' ? 'decimal' : 'text'}
                            size={1}
                            onChange={(e) => {
                              setDraft(e.target.value);
                              if (!editing) setEditing(true);
                            }}
                            onKeyDown={onKeyDown}
                            onMouseUp={(e) => {
                              // A click into the selected cell keeps it selected, so typing still replaces it.
                              if (!editing) {
                                e.preventDefault();
                                e.currentTarget.select();
                              }
                            }}
                            onBlur={() => {
                              if (editing) commit();
                            }}
                          />
                        ) : (
                          <span className="grid-text">{shownText(r, c)}</span>
                        )}
                      </td>
                    );
                  })}
                  <td className="col-state">
                    <TrackStatus status={r.status} />
                    <button type="button" className="link-button grid-history" tabIndex={-1} onClick={() => onShowHistory(r)}>
                      记录
                    </button>
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
