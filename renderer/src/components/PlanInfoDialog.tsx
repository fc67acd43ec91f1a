// 修改基本信息: title, year, kind, issuing organ and status of a plan, checked with the API's own
// rules before they are sent. (The import and 新建 say the organ can be filled in later: here.)
import { useId, useState } from 'react';
import { apiContract, type Plan, type PlanSummary } from '../../../shared/api/contract';
import { PLAN_STATUSES, type PlanKind, type PlanStatus } from '../../../shared/domain/plan';
import { call } from '../api/client';
import { Field } from './Field';
import { useFormErrors, yearFromText } from './fieldErrors';
import { FormDialog } from './FormDialog';
import { PlanKindSelect, PlanYearInput, TextInput } from './PlanInputs';

interface PlanInfoDialogProps {
  plan: Pick<PlanSummary, 'id' | 'title' | 'year' | 'kind' | 'organ' | 'status'>;
  onSaved: (plan: Plan) => void;
  onClose: () => void;
}

export function PlanInfoDialog({ plan, onSaved, onClose }: PlanInfoDialogProps) {
  const ids = useId();
  const [title, setTitle] = useState(plan.title);
  const [year, setYear] = useState(String(plan.year));
  const [kind, setKind] = useState<PlanKind>(plan.kind);
  const [organ, setOrgan] = useState(plan.organ);
  const [status, setStatus] = useState<PlanStatus>(plan.status);
  const { errors, edit, check } = useFormErrors();

  const submit = () => {
    const d = check(apiContract['plans.update'].input, { id: plan.id, title, year: yearFromText(year), kind, organ, status }, year);
    if (!d) return null;
    if (d.title === plan.title && d.year === plan.year && d.kind === plan.kind && d.organ === plan.organ && d.status === plan.status) {
      onClose();
      return null;
    }
    return call('plans.update', d).then(onSaved);
  };

  return (
    <FormDialog title="修改基本信息" submitLabel="保存" busyLabel="正在保存…" onSubmit={submit} onClose={onClose}>
      <Field id={`${ids}-title`} label="标题" required error={errors.title}>
        <TextInput value={title} selectAll onChange={edit('title', setTitle)} />
      </Field>
      <div className="field-row">
        <Field id={`${ids}-year`} label="年度" required error={errors.year}>
          <PlanYearInput value={year} onChange={edit('year', setYear)} />
        </Field>
        <Field id={`${ids}-kind`} label="类型" error={errors.kind}>
          <PlanKindSelect value={kind} onChange={edit('kind', setKind)} />
        </Field>
      </div>
      <Field id={`${ids}-organ`} label="发文机关" error={errors.organ}>
        <TextInput value={organ} onChange={edit('organ', setOrgan)} />
      </Field>
      <Field id={`${ids}-status`} label="状态" hint="草稿、征求意见稿、送审稿、定稿、已印发：随编制进度修改，列表中显示。" error={errors.status}>
        <select className="input" value={status} onChange={(e) => edit('status', setStatus)(e.target.value as PlanStatus)}>
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </Field>
    </FormDialog>
  );
}
