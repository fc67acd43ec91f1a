// The plan page's entries to 导出 Word and 导出 PDF: a button that opens the export dialog.
import { useState } from 'react';
import { ExportDialog } from './ExportDialog';

interface ExportButtonProps {
  planId: string;
  planTitle: string;
  format?: 'docx' | 'pdf';
  /** Runs before the dialog opens (the plan page saves what is typed); a failure still opens it. */
  beforeOpen?: () => Promise<void>;
  /** The dialog's 一键修正标点 changed the saved plan. */
  onPlanChanged?: () => void;
  small?: boolean;
}

export function ExportButton({ planId, planTitle, format = 'docx', beforeOpen, onPlanChanged, small }: ExportButtonProps) {
  const [open, setOpen] = useState(false);
  const openDialog = async () => {
    // The dialog's 格式检查 then says what is wrong, including an unsaved document.
    await beforeOpen?.().catch(() => undefined);
    setOpen(true);
  };
  return (
    <>
      <button type="button" className={small ? 'button button-small' : 'button'} onClick={() => void openDialog()}>
        {format === 'pdf' ? '导出 PDF' : '导出 Word'}
      </button>
      {open ? <ExportDialog planId={planId} planTitle={planTitle} format={format} onPlanChanged={onPlanChanged} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
