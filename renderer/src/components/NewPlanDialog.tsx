// 新建: year, issuing organ, kind and a title that follows the other three until edited.
import { useId, useState, type FormEvent } from 'react';
import { apiContract, type Plan } from '../../../shared/api/contract';
import { PLAN_KINDS, PLAN_YEAR_MAX, PLAN_YEAR_MIN, suggestPlanTitle, type PlanKind } from '../../../shared/domain/plan';
import { call, errorMessage } from '../api/client';
import { Dialog } from './Dialog';
import { Field } from './Field';
import { fieldErrors, type FieldErrors } from './fieldErrors';

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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const yearNumber = year.trim() === '' ? Number.NaN : Number(year);
  // While the year is empty or unreadable, the suggestion simply leaves it out.
  const suggested = Number.isInteger(yearNumber) ? suggestPlanTitle(yearNumber, organ, kind) : `${organ.trim()}${kind}`;
  const title = ownTitle ?? suggested;

  const clear = (field: string) => setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setServerError(null);
    const input = { year: yearNumber, title, organ, kind };
    const parsed = apiContract['plans.create'].input.safeParse(input);
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      if (year.trim() === '') found.year = '请填写年度。';
      setErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const plan = await call('plans.create', parsed.data);
      onCreated(plan);
    } catch (err) {
      // Keep everything typed; say what went wrong.
      setServerError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title="新建工作要点" onClose={onClose} busy={busy}>
      <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="dialog-body">
          {serverError ? (
            <p className="form-error-summary" role="alert">
              {serverError}
            </p>
          ) : null}
          <div className="field-row">
            <Field id={`${ids}-year`} label="年度" required error={errors.year}>
              <input
                className="input input-year"
                type="number"
                inputMode="numeric"
                min={PLAN_YEAR_MIN}
                max={PLAN_YEAR_MAX}
                step={1}
                value={year}
                autoFocus
                onChange={(e) => {
                  setYear(e.target.value);
                  clear('year');
                }}
              />
            </Field>
            <Field id={`${ids}-kind`} label="类型" error={errors.kind}>
              <select
                className="input"
                value={kind}
                onChange={(e) => {
                  setKind(e.target.value as PlanKind);
                  clear('kind');
                }}
              >
                {PLAN_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <Field id={`${ids}-organ`} label="发文机关" hint="例如：某某市教育局。可以留空，稍后再填。" error={errors.organ}>
            <input
              className="input"
              type="text"
              autoComplete="off"
              value={organ}
              onChange={(e) => {
                setOrgan(e.target.value);
                clear('organ');
              }}
            />
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
            <input
              className="input"
              type="text"
              autoComplete="off"
              value={title}
              onChange={(e) => {
                setOwnTitle(e.target.value);
                clear('title');
              }}
            />
          </Field>
        </div>
        <div className="dialog-footer">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? '正在创建…' : '创建'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
