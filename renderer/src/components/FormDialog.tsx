// A dialog holding one form: its fields, a Chinese sentence when the service refuses, and 取消 and
// the submit button in the footer. While the request runs the dialog cannot be closed; when it
// fails, everything typed stays and the reason is shown above the fields.
import { useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage } from '../api/client';
import { Dialog } from './Dialog';

interface FormDialogProps {
  title: string;
  submitLabel: string;
  /** The submit button's text while the request runs, e.g. 正在保存… */
  busyLabel: string;
  /**
   * Checks the fields (showing their own errors) and returns the request to wait for, or null when
   * nothing is to be sent (a field was refused, or nothing changed and the dialog closed itself).
   */
  onSubmit: () => Promise<unknown> | null;
  onClose: () => void;
  children: ReactNode;
}

export function FormDialog({ title, submitLabel, busyLabel, onSubmit, onClose, children }: FormDialogProps) {
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setServerError(null);
    const request = onSubmit();
    if (!request) return;
    setBusy(true);
    try {
      await request;
    } catch (err) {
      setServerError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose} busy={busy}>
      <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="dialog-body">
          {serverError ? (
            <p className="form-error-summary" role="alert">
              {serverError}
            </p>
          ) : null}
          {children}
        </div>
        <div className="dialog-footer">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? busyLabel : submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
