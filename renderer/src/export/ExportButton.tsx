// The plan page's entry to 导出 Word: a button that opens the export dialog.
import { useState } from 'react';
import { ExportDialog } from './ExportDialog';

interface ExportButtonProps {
  planId: string;
  planTitle: string;
  /** Runs before the dialog opens (the plan page saves what is typed); a failure still opens it. */
  beforeOpen?: () => Promise<void>;
  small?: boolean;
}

export function ExportButton({ planId, planTitle, beforeOpen, small }: ExportButtonProps) {
  const [open, setOpen] = useState(false);
  const openDialog = async () => {
    // The dialog's 格式检查 then says what is wrong, including an unsaved document.
    await beforeOpen?.().catch(() => undefined);
    setOpen(true);
  };
  return (
    <>
      <button type="button" className={small ? 'button button-small' : 'button'} onClick={() => void openDialog()}>
        导出 Word
      </button>
      {open ? <ExportDialog planId={planId} planTitle={planTitle} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
