// 保存版本: asks for a name (a dated one is offered), then the page saves the document and takes the version.
import { useId, useState, type FormEvent } from 'react';
import { apiContract } from '../../../shared/api/contract';
import { defaultRevisionName } from '../../../shared/domain/revision';
import { errorMessage } from '../api/client';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { fieldErrors } from '../components/fieldErrors';

interface SaveVersionDialogProps {
  planId: string;
  onSave: (name: string) => Promise<void>;
  onClose: () => void;
}

export function SaveVersionDialog({ planId, onSave, onClose }: SaveVersionDialogProps) {
  const id = useId();
  const [name, setName] = useState(() => defaultRevisionName(new Date()));
  const [error, setError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const parsed = apiContract['revisions.save'].input.safeParse({ id: planId, name });
    if (!parsed.success) {
      setError(fieldErrors(parsed.error).name ?? '版本名称不符合要求。');
      return;
    }
    setBusy(true);
    setServerError(null);
    try {
      await onSave(parsed.data.name);
    } catch (err) {
      setServerError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title="保存版本" onClose={onClose} busy={busy}>
      <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="dialog-body">
          {serverError ? (
            <p className="form-error-summary" role="alert">
              {serverError}
            </p>
          ) : null}
          <Field id={`${id}-name`} label="版本名称" required error={error} hint="保存当前正文的完整副本，以后可以在“版本记录”中恢复。">
            <input
              className="input"
              type="text"
              autoComplete="off"
              value={name}
              autoFocus
              onFocus={(e) => e.currentTarget.select()}
              onChange={(e) => {
                setName(e.target.value);
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
            {busy ? '正在保存…' : '保存版本'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
