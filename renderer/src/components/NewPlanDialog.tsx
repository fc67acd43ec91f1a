// 新建: year, issuing organ, kind and a title that follows the other three until edited.
import { useId, useState } from 'react';
import { apiContract, type Plan } from '../../../shared/api/contract';
import { suggestPlanTitle, type PlanKind } from '../../../shared/domain/plan';
import { call } from '../api/client';
import { Field } from './Field';
import { useFormErrors, yearFromText } from './fieldErrors';
import { FormDialog } from './FormDialog';
import { PlanKindSelect, PlanYearInput, TextInput } from './PlanInputs';

interface NewPlanDialogProps {
  /** Prefill for 发文机关, e.g. the organ of the most recent plan. */
  defaultOrgan: string;
  onCreated: (plan: Plan) => void;
  onClose: () => void;
}

export function NewPlanDialog({ defaultOrgan, onCreated, onClose }: NewPlanDialogProps) {
  const ids = useId();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [organ, setOrgan] = useState(defaultOrgan);
  const [kind, setKind] = useState<PlanKind>('工作要点');
  // null = the user has not typed a title: show the suggestion.
  const [ownTitle, setOwnTitle] = useState<string | null>(null);
  const { errors, edit, check } = useFormErrors();

  const yearNumber = yearFromText(year);
  // While the year is empty or unreadable, the suggestion simply leaves it out.
  const suggested = Number.isInteger(yearNumber) ? suggestPlanTitle(yearNumber, organ, kind) : `${organ.trim()}${kind}`;
  const title = ownTitle ?? suggested;

  const submit = () => {
    const input = check(apiContract['plans.create'].input, { year: yearNumber, title, organ, kind }, year);
    return input ? call('plans.create', input).then(onCreated) : null;
  };

  return (
    <FormDialog title="新建工作要点" submitLabel="创建" busyLabel="正在创建…" onSubmit={submit} onClose={onClose}>
      <div className="field-row">
        <Field id={`${ids}-year`} label="年度" required error={errors.year}>
          <PlanYearInput value={year} autoFocus onChange={edit('year', setYear)} />
        </Field>
        <Field id={`${ids}-kind`} label="类型" error={errors.kind}>
          <PlanKindSelect value={kind} onChange={edit('kind', setKind)} />
        </Field>
      </div>
      <Field id={`${ids}-organ`} label="发文机关" hint="例如：某某市教育局。可以留空，以后在“修改信息”中填写。" error={errors.organ}>
        <TextInput value={organ} onChange={edit('organ', setOrgan)} />
      </Field>
      <Field
        id={`${ids}-title`}
        label="标题"
        required
        error={errors.title}
        hint={
          ownTitle === null ? (
            '根据年度、发文机关和类型自动生成，可直接修改。'
          ) : ownTitle !== suggested ? (
            <>
              已手动修改。
              <button type="button" className="link-button" onClick={() => setOwnTitle(null)}>
                改回建议标题：{suggested}
              </button>
            </>
          ) : undefined
        }
      >
        <TextInput value={title} onChange={edit('title', setOwnTitle)} />
      </Field>
    </FormDialog>
  );
}
