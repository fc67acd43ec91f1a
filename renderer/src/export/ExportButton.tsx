// The plan page's entries to 导出 Word and 导出 PDF: a button that opens the export dialog.
import { useState } from 'react';
import { ExportDialog } from './ExportDialog';

export function ExportButton({ planId, planTitle, format = 'docx' }: { planId: string; planTitle: string; format?: 'docx' | 'pdf' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {format === 'pdf' ? '导出 PDF' : '导出 Word'}
      </button>
      {open ? <ExportDialog planId={planId} planTitle={planTitle} format={format} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
