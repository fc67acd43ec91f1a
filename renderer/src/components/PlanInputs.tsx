// The year and kind of a plan as typed in 新建 and in 导入: one input each, so both dialogs accept
// the same years and offer the same kinds. Field hands them their id and aria attributes.
import type { InputHTMLAttributes, SelectHTMLAttributes } from 'react';
import { PLAN_KINDS, PLAN_YEAR_MAX, PLAN_YEAR_MIN, type PlanKind } from '../../../shared/domain/plan';

type YearInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange' | 'value'> & { value: string; onChange: (year: string) => void };

export function PlanYearInput({ value, onChange, ...rest }: YearInputProps) {
  return (
    <input
      {...rest}
      className="input input-year"
      type="number"
      inputMode="numeric"
      min={PLAN_YEAR_MIN}
      max={PLAN_YEAR_MAX}
      step={1}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

type KindSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & { value: PlanKind; onChange: (kind: PlanKind) => void };

export function PlanKindSelect({ value, onChange, ...rest }: KindSelectProps) {
  return (
    <select {...rest} className="input" value={value} onChange={(e) => onChange(e.target.value as PlanKind)}>
      {PLAN_KINDS.map((k) => (
        <option key={k} value={k}>
          {k}
        </option>
      ))}
    </select>
  );
}
