// The plan page's entry to 导出 Word: a button that opens the export dialog.
import { useState } from 'react';
import { ExportDialog } from './ExportDialog';

export function ExportButton({ planId, planTitle }: { planId: string; planTitle: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        导出 Word
      </button>
      {open ? <ExportDialog planId={planId} planTitle={planTitle} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
