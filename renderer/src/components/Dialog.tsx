// A modal dialog on the native <dialog> element: the page behind is inert, focus stays
// inside, Escape closes it (unless `busy`), and focus returns where it was on close.
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** While true (a save is running) Escape and the close button do nothing. */
  busy?: boolean;
  /** Narrow dialogs for confirmations; table ones for a few rows of figures; wide ones (styled by their feature) for previews. */
  size?: 'normal' | 'narrow' | 'table' | 'wide';
  /** Id of an element describing the dialog (read out when it opens). */
  describedBy?: string;
}

export function Dialog({ title, onClose, children, busy = false, size = 'normal', describedBy }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const mounted = useRef(true);
  const onCloseRef = useRef(onClose);
  const busyRef = useRef(busy);
  // The content mounts once the dialog is open: a field's autoFocus on a closed (hidden) dialog
  // would come to nothing, and showModal would put the focus on the close button instead.
  const [open, setOpen] = useState(false);
  onCloseRef.current = onClose;
  busyRef.current = busy;

  useLayoutEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    mounted.current = true;
    if (dialog && !dialog.open) dialog.showModal();
    setOpen(true);
    return () => {
      mounted.current = false;
      if (dialog?.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  // The browser may close the dialog itself (e.g. a second Escape); keep React in step.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancel = (e: Event) => {
      e.preventDefault();
      if (!busyRef.current) onCloseRef.current();
    };
    const onNativeClose = () => {
      // Ignore the close we caused ourselves on unmount (or StrictMode's remount).
      if (mounted.current && !dialog.open) onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onNativeClose);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onNativeClose);
    };
  }, []);

  return (
    <dialog
      ref={ref}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      className={`dialog dialog-${size}`}
    >
      <div className="dialog-header">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <button type="button" className="dialog-close" aria-label="关闭" disabled={busy} onClick={onClose}>
          ×
        </button>
      </div>
      {open ? children : null}
    </dialog>
  );
}
