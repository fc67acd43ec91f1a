// 专栏设置: the title after 专栏N, and which targets the table lists: all of the plan's, those of
// some groups (基础教育 …), or chosen ones in the plan's order.
import { useId, useState, type FormEvent } from 'react';
import type { Target } from '../../../../shared/api/indicators';
import { formatTarget } from '../../../../shared/domain/indicator';
import { targetGroups } from '../../../../shared/indicators/table-view';
import type { IndicatorTableSpec } from '../../../../shared/outline/document';
import { Dialog } from '../../components/Dialog';

interface IndicatorTableSettingsProps {
  label: string;
  title: string;
  targetIds: readonly number[];
  groups: readonly string[];
  targets: readonly Target[];
  onSave: (spec: IndicatorTableSpec) => void;
  onClose: () => void;
}

type Mode = 'all' | 'groups' | 'chosen';

export function IndicatorTableSettings({ label, title, targetIds, groups, targets, onSave, onClose }: IndicatorTableSettingsProps) {
  const id = useId();
  const allGroups = targetGroups(targets);
  const [text, setText] = useState(title);
  const [mode, setMode] = useState<Mode>(targetIds.length ? 'chosen' : groups.length ? 'groups' : 'all');
  const [chosenGroups, setChosenGroups] = useState<Set<string>>(new Set(groups));
  const [chosen, setChosen] = useState<Set<number>>(new Set(targetIds));
  const [error, setError] = useState<string | null>(null);

  const toggle = <T,>(set: Set<T>, value: T) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'groups' && chosenGroups.size === 0) return setError('请至少选择一个分组，或改为列出全部指标。');
    if (mode === 'chosen' && chosen.size === 0) return setError('请至少选择一个指标，或改为列出全部指标。');
    // Chosen targets keep the order they had; new ones follow in the plan's order.
    const kept = targetIds.filter((t) => chosen.has(t));
    const added = targets.map((t) => t.id).filter((t) => chosen.has(t) && !kept.includes(t));
    onSave({
      title: text.trim(),
      targetIds: mode === 'chosen' ? [...kept, ...added] : [],
      groups: mode === 'groups' ? allGroups.filter((g) => chosenGroups.has(g)) : [],
    });
  };

  return (
    <Dialog title={`${label}设置`} onClose={onClose}>
      <form className="indicator-table-form" onSubmit={submit}>
        <div className="dialog-body">
          <div className="field">
            <label className="field-label" htmlFor={`${id}-title`}>
              标题
            </label>
            <div className="indicator-table-title-row">
              <span className="indicator-table-title-label">{label}</span>
              <input id={`${id}-title`} className="input" value={text} maxLength={80} onChange={(e) => setText(e.target.value)} placeholder="如：“十四五”教育事业发展主要目标" autoFocus />
            </div>
          </div>
          <fieldset className="indicator-table-choice">
            <legend className="field-label">列出的指标</legend>
            <label className="choice">
              <input type="radio" name={`${id}-mode`} checked={mode === 'all'} onChange={() => setMode('all')} />
              全部指标（{targets.length} 个，新增的指标自动列入）
            </label>
            <label className="choice">
              <input type="radio" name={`${id}-mode`} checked={mode === 'groups'} disabled={allGroups.length === 0} onChange={() => setMode('groups')} />
              按分组{allGroups.length === 0 ? '（指标还没有分组）' : ''}
            </label>
            {mode === 'groups' ? (
              <div className="choice-list">
                {allGroups.map((g) => (
                  <label key={g} className="choice">
                    <input type="checkbox" checked={chosenGroups.has(g)} onChange={() => setChosenGroups((s) => toggle(s, g))} />
                    {g}（{targets.filter((t) => t.group === g).length} 个）
                  </label>
                ))}
              </div>
            ) : null}
            <label className="choice">
              <input type="radio" name={`${id}-mode`} checked={mode === 'chosen'} disabled={targets.length === 0} onChange={() => setMode('chosen')} />
              逐个选择
            </label>
            {mode === 'chosen' ? (
              <div className="choice-list choice-list-scroll">
                {targets.map((t) => (
                  <label key={t.id} className="choice">
                    <input type="checkbox" checked={chosen.has(t.id)} onChange={() => setChosen((s) => toggle(s, t.id))} />
                    <span className="choice-name">{t.name}</span>
                    <span className="muted">
                      {formatTarget({ value: t.target, valueMax: t.targetMax, unit: t.unit, comparator: t.comparator })}
                      {t.group ? ` · ${t.group}` : ''}
                      {t.items.length ? ` · ${t.items.map((i) => i.label).join('、')}` : ''}
                    </span>
                  </label>
                ))}
              </div>
            ) : null}
          </fieldset>
          <p className="field-hint">表中的数值来自指标，随指标的修改自动更新；编号“专栏一、专栏二……”按在正文中的先后自动生成。</p>
          {error ? (
            <p className="form-error-summary" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="dialog-footer">
          <button type="button" className="button" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="button button-primary">
            确定
          </button>
        </div>
      </form>
    </Dialog>
  );
}
