// The plan an import will make: title, year, kind and issuing organ as recognised, editable; and the
// numbering found in the source, which the plan keeps.
import { useId } from 'react';
import type { ImportPreviewOut } from '../../../shared/api/contract';
import type { PlanKind } from '../../../shared/domain/plan';
import { Field } from '../components/Field';
import { PlanKindSelect, PlanYearInput } from '../components/PlanInputs';
import type { FieldErrors } from '../components/fieldErrors';

export interface PlanFieldValues {
  title: string;
  year: string;
  kind: PlanKind;
  organ: string;
}

interface PlanFieldsProps {
  preview: ImportPreviewOut;
  values: PlanFieldValues;
  /** Where the title comes from (recognised, suggested, or edited by the user). */
  titleHint: string;
  errors: FieldErrors;
  disabled: boolean;
  onChange: (patch: Partial<PlanFieldValues>) => void;
}

const YEAR_FROM: Record<ImportPreviewOut['yearFrom'], string> = {
  given: '',
  title: '从标题中读出。',
  notice: '按成文日期暂定，请核对。',
  today: '原文未写年度，请核对。',
};

export function numberingText(p: ImportPreviewOut): string {
  if (p.counts.items === 0) return '原文没有“1.”一级的条目；以后添加的条目默认全文连续编号。';
  return p.numberingMode === 'continuous'
    ? `条目“1.”全文连续编号（原文共 ${p.counts.items} 条）。`
    : '条目“1.”在每个标题下从 1 重新编号。';
}

export function PlanFields({ preview, values, titleHint, errors, disabled, onChange }: PlanFieldsProps) {
  const ids = useId();
  return (
    <div className="import-fields">
      <Field id={`${ids}-title`} label="标题" required error={errors.title} hint={titleHint || undefined}>
        <input className="input" type="text" autoComplete="off" autoFocus value={values.title} disabled={disabled} onChange={(e) => onChange({ title: e.target.value })} />
      </Field>
      <div className="field-row">
        <Field id={`${ids}-year`} label="年度" required error={errors.year} hint={YEAR_FROM[preview.yearFrom] || undefined}>
          <PlanYearInput value={values.year} disabled={disabled} onChange={(year) => onChange({ year })} />
        </Field>
        <Field id={`${ids}-kind`} label="类型" error={errors.kind}>
          <PlanKindSelect value={values.kind} disabled={disabled} onChange={(kind) => onChange({ kind })} />
        </Field>
      </div>
      <Field id={`${ids}-organ`} label="发文机关" error={errors.organ} hint={values.organ ? undefined : '原文中没有找到，可以留空，以后在“修改信息”中填写。'}>
        <input className="input" type="text" autoComplete="off" value={values.organ} disabled={disabled} onChange={(e) => onChange({ organ: e.target.value })} />
      </Field>
      <div className="import-numbering">
        <span className="field-label">编号方式</span>
        <p>{numberingText(preview)}</p>
      </div>
    </div>
  );
}
