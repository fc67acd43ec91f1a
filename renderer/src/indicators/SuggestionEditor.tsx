// A suggestion changed before it is accepted: name, comparator, value (2—3 for a range), unit, deadline.
import { useId, useState, type FormEvent } from 'react';
import type { Suggestion } from '../../../shared/api/indicators';
import { COMPARATORS, COMPARATOR_LABELS, formatValue, type Comparator } from '../../../shared/domain/indicator';
import { InputError, parseTargetInput } from './tableModel';

interface SuggestionEditorProps {
  suggestion: Suggestion;
  busy: boolean;
  onAccept: (edited: Suggestion) => void;
  onCancel: () => void;
}

export function SuggestionEditor({ suggestion: s, busy, onAccept, onCancel }: SuggestionEditorProps) {
  const id = useId();
  const [name, setName] = useState(s.name);
  const [comparator, setComparator] = useState<Comparator>(s.comparator);
  const [value, setValue] = useState(s.value === null ? '' : s.comparator === '区间' ? formatValue(s.value, s.valueMax) : String(s.value));
  const [unit, setUnit] = useState(s.unit);
  const [deadline, setDeadline] = useState(s.deadline);
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    try {
      if (!name.trim()) throw new InputError('指标名称不能为空。');
      const t = parseTargetInput(value, comparator);
      onAccept({ ...s, name: name.trim(), unit: unit.trim(), deadline, value: t.target, valueMax: t.targetMax, comparator: t.comparator, placeholder: t.target === null });
      setError(null);
    } catch (x) {
      setError(x instanceof InputError ? x.message : '无法接受这条建议，请检查填写的内容。');
    }
  };

  return (
    <form className="suggestion-editor" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onCancel())}>
      <label className="mini-field mini-field-wide">
        <span>指标名称</span>
        <input className="input input-small" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </label>
      <label className="mini-field">
        <span>比较</span>
        <select className="input input-small" value={comparator} onChange={(e) => setComparator(e.target.value as Comparator)}>
          {COMPARATORS.map((c) => (
            <option key={c} value={c}>
              {c === '区间' ? '区间' : `${c} ${COMPARATOR_LABELS[c]}`}
            </option>
          ))}
        </select>
      </label>
      <label className="mini-field">
        <span>目标值</span>
        <input className="input input-small num" inputMode="decimal" value={value} placeholder={comparator === '区间' ? '如 2—3' : '待定可留空'} onChange={(e) => setValue(e.target.value)} aria-describedby={error ? `${id}-e` : undefined} />
      </label>
      <label className="mini-field mini-field-narrow">
        <span>单位</span>
        <input className="input input-small" value={unit} onChange={(e) => setUnit(e.target.value)} />
      </label>
      <label className="mini-field">
        <span>完成时限</span>
        <input className="input input-small" type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
      </label>
      <span className="suggestion-buttons">
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          {busy ? '正在保存…' : '接受修改后的指标'}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          取消
        </button>
      </span>
      {error ? (
        <p className="field-error mini-error" id={`${id}-e`} role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
