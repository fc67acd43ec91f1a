// 关联已有指标: the plan's targets that do not belong to this item yet, those without any item
// first, searchable by name, group and unit; one click links a target to the item.
import { useMemo, useState } from 'react';
import type { Target } from '../../../shared/api/indicators';
import { formatTarget } from '../../../shared/domain/indicator';
import { errorMessage } from '../api/client';
import { Dialog } from '../components/Dialog';

interface TargetPickerProps {
  itemLabel: string;
  /** The plan's targets not linked to the item. */
  targets: readonly Target[];
  /** uid -> the entry's label as the document numbers it now. */
  labels: ReadonlyMap<string, string>;
  onLink: (target: Target) => Promise<void>;
  onClose: () => void;
}

export function TargetPicker({ itemLabel, targets, labels, onLink, onClose }: TargetPickerProps) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = useMemo(() => {
    const q = text.trim().toLowerCase();
    const hit = targets.filter((t) => !q || `${t.name} ${t.group} ${t.unit} ${t.leadUnit}`.toLowerCase().includes(q));
    return [...hit.filter((t) => !t.items.length), ...hit.filter((t) => t.items.length)];
  }, [targets, text]);

  const link = async (t: Target) => {
    setBusy(t.id);
    setError(null);
    try {
      await onLink(t);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(null);
    }
  };

  return (
    <Dialog title={`关联已有指标到条目 ${itemLabel}`} onClose={onClose} busy={busy !== null}>
      <div className="dialog-body target-picker">
        <input className="input" type="search" placeholder="按名称、分组、单位查找" aria-label="查找指标" value={text} onChange={(e) => setText(e.target.value)} autoFocus />
        {error ? (
          <p className="form-error-summary" role="alert">
            {error}
          </p>
        ) : null}
        {shown.length === 0 ? (
          <p className="pane-empty">{targets.length ? '没有符合条件的指标。' : '这份工作要点的指标都已关联到这个条目。'}</p>
        ) : (
          <ul className="target-picker-list">
            {shown.map((t) => (
              <li key={t.id} className="target-picker-row">
                <div className="target-picker-text">
                  <span className="target-card-name">{t.name}</span>
                  <span className="target-card-goal num">{t.placeholder ? '目标待定' : formatTarget({ value: t.target, valueMax: t.targetMax, unit: t.unit, comparator: t.comparator })}</span>
                  <span className="target-picker-where">
                    {t.items.length ? `属于 ${t.items.map((i) => labels.get(i.uid) ?? i.label).join('、')}` : <span className="item-chip item-chip-none">未关联</span>}
                    {t.group ? ` · ${t.group}` : ''}
                  </span>
                </div>
                <button type="button" className="button button-small" disabled={busy !== null} onClick={() => void link(t)}>
                  {busy === t.id ? '正在关联…' : '关联'}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="dialog-footer">
        <button type="button" className="button" onClick={onClose} disabled={busy !== null}>
          关闭
        </button>
      </div>
    </Dialog>
  );
}
