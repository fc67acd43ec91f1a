// Asks before something consequential (删除, 彻底删除). Runs the action itself so that a
// failure is shown inside the dialog and the user can retry or cancel.
import { useId, useState, type ReactNode } from 'react';
import { errorMessage } from '../api/client';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

export function ConfirmDialog({ title, children, confirmLabel, busyLabel, danger, onConfirm, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const bodyId = useId();

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose} busy={busy} size="narrow" describedBy={bodyId}>
      <div className="dialog-body" id={bodyId}>
        {children}
      </div>
      {error ? (
        <p className="form-error-summary" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog-footer">
        <button type="button" className="button" onClick={onClose} disabled={busy} autoFocus>
          取消
        </button>
        <button
          type="button"
          className={danger ? 'button button-danger' : 'button button-primary'}
          onClick={() => void confirm()}
          disabled={busy}
        >
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
