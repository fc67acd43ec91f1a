// 导出落实情况报告 from the 看板: the report as of the 看板's date, in the official format, as Word
// or PDF. The title shown is the one the file will carry (shared/tracking/report.ts reportTitle).
import { useState } from 'react';
import { dateLabel } from '../../../shared/tracking/period';
import { reportTitle } from '../../../shared/tracking/report';
import { call, errorMessage } from '../api/client';
import { downloadBase64, MIME } from '../api/files';
import { Dialog } from '../components/Dialog';
import './report-dialog.css';

interface ReportDialogProps {
  planId: string;
  planYear: number;
  /** The 看板's status date, YYYY-MM-DD. */
  date: string;
  total: number;
  onClose: () => void;
  /** After a file was saved: one sentence for the page. */
  onDone: (message: string) => void;
}

type Format = 'docx' | 'pdf';

export function ReportDialog({ planId, planYear, date, total, onClose, onDone }: ReportDialogProps) {
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (format: Format) => {
    setBusy(format);
    setError(null);
    try {
      if (format === 'pdf') {
        const out = await call('progress.reportPdf', { id: planId, date });
        downloadBase64(out.fileName, out.base64, MIME.pdf);
        onDone(`已导出落实情况报告：${out.fileName}（${out.pages} 页）。`);
      } else {
        const out = await call('progress.reportDocx', { id: planId, date });
        downloadBase64(out.fileName, out.base64, MIME.docx);
        onDone(`已导出落实情况报告：${out.fileName}。`);
      }
    } catch (e) {
      setError(errorMessage(e));
      setBusy(null);
    }
  };

  return (
    <Dialog title="导出落实情况报告" onClose={onClose} busy={busy !== null}>
      <div className="dialog-body">
        {error ? (
          <p className="form-error-summary" role="alert">
            {error}
          </p>
        ) : null}
        <dl className="facts report-facts">
          <div className="fact">
            <dt>报告标题</dt>
            <dd>{reportTitle(planYear, date)}</dd>
          </div>
          <div className="fact">
            <dt>统计日期</dt>
            <dd>截至{dateLabel(date)}（看板所选日期）</dd>
          </div>
          <div className="fact">
            <dt>内容</dt>
            <dd>{total} 项指标，按部分列出条目、指标、目标、最新值、状态和备注</dd>
          </div>
        </dl>
        <p className="muted report-note">按公文格式（GB/T 9704-2012）排版；表格较宽时使用横向页面。要换统计日期，请先在看板上选择日期。</p>
      </div>
      <div className="dialog-footer">
        <button type="button" className="button" onClick={onClose} disabled={busy !== null}>
          取消
        </button>
        <button type="button" className="button" onClick={() => void run('pdf')} disabled={busy !== null}>
          {busy === 'pdf' ? '正在生成 PDF…' : '导出 PDF'}
        </button>
        <button type="button" className="button button-primary" onClick={() => void run('docx')} disabled={busy !== null}>
          {busy === 'docx' ? '正在生成 Word…' : '导出 Word'}
        </button>
      </div>
    </Dialog>
  );
}
