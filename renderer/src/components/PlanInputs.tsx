// The inputs of the plan forms (新建, 导入, 修改信息, 保存版本): one input for the year and one for the
// kind, so every dialog accepts the same years and offers the same kinds, and one for a line of text.
// Field hands them their id and aria attributes.
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

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange' | 'value'> & {
  value: string;
  onChange: (text: string) => void;
  /** Focused with its text selected, for a name that is usually replaced whole (a title, a version's name). */
  selectAll?: boolean;
};

/** One line of text in a form (标题, 发文机关, 版本名称): no browser autofill; Field hands it its id. */
export function TextInput({ value, onChange, selectAll = false, ...rest }: TextInputProps) {
  return (
    <input
      {...rest}
      className="input"
      type="text"
      autoComplete="off"
      autoFocus={selectAll || rest.autoFocus}
      onFocus={selectAll ? (e) => e.currentTarget.select() : rest.onFocus}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
