// A target entered or changed beside the editor: name, comparator and value (2—3 for a range),
// unit, baseline and its year, deadline, 属性, 牵头单位 and group. A refused value stays in its box
// with the reason under the form, so nothing typed is lost.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Target, TargetFields } from '../../../shared/api/indicators';
import { ATTRIBUTES, COMPARATORS, COMPARATOR_LABELS, formatValue, type Attribute, type Comparator } from '../../../shared/domain/indicator';
import { errorMessage } from '../api/client';
import { InputError, parseNumberInput, parseTargetInput, parseYearInput } from './tableModel';

interface TargetFormProps {
  /** The target to change, or null for a new one. */
  target: Target | null;
  /** Unit names for 牵头单位 (the catalogue). */
  units: readonly string[];
  /** Saves the fields; throws with a Chinese sentence when refused. */
  onSave: (fields: TargetFields) => Promise<void>;
  onCancel: () => void;
}

export function TargetForm({ target: t, units, onSave, onCancel }: TargetFormProps) {
  const id = useId();
  const [name, setName] = useState(t?.name ?? '');
  const [comparator, setComparator] = useState<Comparator>(t?.comparator ?? '≥');
  const [value, setValue] = useState(t?.target === null || !t ? '' : t.comparator === '区间' ? formatValue(t.target, t.targetMax) : String(t.target));
  const [unit, setUnit] = useState(t?.unit ?? '');
  const [baseline, setBaseline] = useState(t?.baseline === null || !t ? '' : String(t.baseline));
  const [baselineYear, setBaselineYear] = useState(t?.baselineYear ? String(t.baselineYear) : '');
  const [deadline, setDeadline] = useState(t?.deadline ?? '');
  const [attribute, setAttribute] = useState<Attribute>(t?.attribute ?? '预期性');
  const [leadUnit, setLeadUnit] = useState(t?.leadUnit ?? '');
  const [group, setGroup] = useState(t?.group ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    try {
      if (!name.trim()) throw new InputError('请填写指标名称，如“首课教育基地”。');
      const goal = parseTargetInput(value, comparator);
      const fields: TargetFields = {
        name: name.trim(),
        unit: unit.trim(),
        target: goal.target,
        targetMax: goal.targetMax,
        comparator: goal.comparator,
        baseline: parseNumberInput(baseline, '基期值'),
        baselineYear: parseYearInput(baselineYear),
        deadline,
        attribute,
        leadUnit: leadUnit.trim(),
        group: group.trim(),
      };
      setBusy(true);
      setError(null);
      await onSave(fields);
    } catch (x) {
      setError(x instanceof InputError ? x.message : errorMessage(x));
    } finally {
      setBusy(false);
    }
  };

  const field = (label: string, input: ReactNode, wide = false) => (
    <label className={wide ? 'target-field target-field-wide' : 'target-field'}>
      <span>{label}</span>
      {input}
    </label>
  );

  return (
    <form className="target-form" aria-label={t ? `修改指标“${t.name}”` : '新增指标'} onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onCancel())}>
      {field('指标名称', <input className="input input-small" value={name} onChange={(e) => setName(e.target.value)} placeholder="如：首课教育基地" autoFocus />, true)}
      {field(
        '比较',
        <select className="input input-small" value={comparator} onChange={(e) => setComparator(e.target.value as Comparator)}>
          {COMPARATORS.map((c) => (
            <option key={c} value={c}>
              {c === '区间' ? '区间' : `${c} ${COMPARATOR_LABELS[c]}`}
            </option>
          ))}
        </select>,
      )}
      {field('目标值', <input className="input input-small num" inputMode="decimal" value={value} placeholder={comparator === '区间' ? '如 2—3' : '待定可留空'} onChange={(e) => setValue(e.target.value)} />)}
      {field('计量单位', <input className="input input-small" value={unit} placeholder="如 个、%" onChange={(e) => setUnit(e.target.value)} />)}
      {field('属性', (
        <select className="input input-small" value={attribute} onChange={(e) => setAttribute(e.target.value as Attribute)}>
          {ATTRIBUTES.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>
      ))}
      {field('基期值', <input className="input input-small num" inputMode="decimal" value={baseline} onChange={(e) => setBaseline(e.target.value)} />)}
      {field('基期年份', <input className="input input-small num" inputMode="numeric" value={baselineYear} placeholder="如 2024" onChange={(e) => setBaselineYear(e.target.value)} />)}
      {field('完成时限', <input className="input input-small" type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />, true)}
      {field(
        '牵头单位',
        <>
          <input className="input input-small" list={`${id}-units`} value={leadUnit} onChange={(e) => setLeadUnit(e.target.value)} />
          <datalist id={`${id}-units`}>
            {units.map((u) => (
              <option key={u} value={u} />
            ))}
          </datalist>
        </>,
      )}
      {field('分组', <input className="input input-small" value={group} placeholder="如 基础教育" onChange={(e) => setGroup(e.target.value)} />)}
      {error ? (
        <p className="field-error target-form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="target-form-buttons">
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          {busy ? '正在保存…' : t ? '保存' : '添加'}
        </button>
        <button type="button" className="button button-small" onClick={onCancel} disabled={busy}>
          取消
        </button>
      </div>
    </form>
  );
}
