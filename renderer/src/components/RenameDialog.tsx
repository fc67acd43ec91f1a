// 重命名: one title field, checked with the API's own rules before it is sent.
import { useId, useState, type FormEvent } from 'react';
import { apiContract, type Plan } from '../../../shared/api/contract';
import { call, errorMessage } from '../api/client';
import { Dialog } from './Dialog';
import { Field } from './Field';
import { fieldErrors } from './fieldErrors';

interface RenameDialogProps {
  plan: { id: string; title: string };
  onRenamed: (plan: Plan) => void;
  onClose: () => void;
}

export function RenameDialog({ plan, onRenamed, onClose }: RenameDialogProps) {
  const id = useId();
  const [title, setTitle] = useState(plan.title);
  const [error, setError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setServerError(null);
    const parsed = apiContract['plans.rename'].input.safeParse({ id: plan.id, title });
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      setError(found.title ?? found.id ?? '标题不符合要求。');
      return;
    }
    if (parsed.data.title === plan.title) {
      onClose();
      return;
    }
    setBusy(true);
    try {
      onRenamed(await call('plans.rename', parsed.data));
    } catch (err) {
      setServerError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title="重命名" onClose={onClose} busy={busy}>
      <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="dialog-body">
          {serverError ? (
            <p className="form-error-summary" role="alert">
              {serverError}
            </p>
          ) : null}
          <Field id={`${id}-title`} label="标题" required error={error}>
            <input
              className="input"
              type="text"
              autoComplete="off"
              value={title}
              autoFocus
              onFocus={(e) => e.currentTarget.select()}
              onChange={(e) => {
                setTitle(e.target.value);
                setError(undefined);
              }}
            />
          </Field>
        </div>
        <div className="dialog-footer">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? '正在保存…' : '保存'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
