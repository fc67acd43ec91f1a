// 预览: the plan as the A4 pages of its PDF (the same PDF 导出 PDF writes: same page breaks, same
// page numbers), zoomable, with the page count and the 字体检查; it follows the plan's saves.
import { useState } from 'react';
import { formatDateTime } from '../../../shared/format/date';
import { call } from '../api/client';
import { BackToPlan } from '../components/BackLink';
import { LoadError, PlanMissing, planMissing } from '../components/LoadStatus';
import { PageHeader } from '../components/PageHeader';
import { ExportDialog } from '../export/ExportDialog';
import { useLoad } from '../useLoad';
import { FontCheckList } from './FontCheckList';
import { PdfPages } from './PdfPages';
import { usePreview } from './usePreview';
import './preview.css';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2];

export function PreviewPage({ id }: { id: string }) {
  const plan = useLoad(() => call('plans.get', { id }), [id]);
  const preview = usePreview(id);
  const [zoom, setZoom] = useState(1);
  const [exporting, setExporting] = useState(false);
  const [showFonts, setShowFonts] = useState(false);
  const title = plan.state.data?.title ?? '';

  const step = (dir: 1 | -1) => {
    const i = ZOOMS.indexOf(zoom);
    setZoom(ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, i + dir))]!);
  };
  const missingFonts = preview.fonts?.roles.filter((r) => !r.installed).length ?? 0;
  if (planMissing(plan.state)) return <PlanMissing />;

  return (
    <>
      <PageHeader
        title={title ? `预览：${title}` : '预览'}
        before={<BackToPlan id={id} />}
        description="按公文格式（GB/T 9704-2012）排版的 A4 页面，与导出的 PDF 完全一致。"
        actions={
          <button type="button" className="button button-primary" onClick={() => setExporting(true)} disabled={!title}>
            导出 PDF
          </button>
        }
      />

      {preview.error ? <LoadError onRetry={preview.refresh}>{preview.error}</LoadError> : null}

      <div className="preview-toolbar" role="toolbar" aria-label="预览工具">
        <span className="preview-count" role="status">
          {preview.doc ? `共 ${preview.pages} 页` : preview.busy ? '正在排版…' : ''}
        </span>
        <div className="preview-zoom">
          <button type="button" className="button button-small" onClick={() => step(-1)} disabled={zoom === ZOOMS[0]} aria-label="缩小">
            −
          </button>
          <select className="input preview-zoom-select" value={zoom} onChange={(e) => setZoom(Number(e.target.value))} aria-label="缩放比例">
            {ZOOMS.map((z) => (
              <option key={z} value={z}>
                {Math.round(z * 100)}%
              </option>
            ))}
          </select>
          <button type="button" className="button button-small" onClick={() => step(1)} disabled={zoom === ZOOMS[ZOOMS.length - 1]} aria-label="放大">
            +
          </button>
        </div>
        <button type="button" className="button button-small" onClick={preview.refresh} disabled={preview.busy}>
          {preview.busy && preview.doc ? '正在更新…' : '刷新'}
        </button>
        {preview.fonts ? (
          <button type="button" className={`button button-small${missingFonts ? ' preview-fonts-warn' : ''}`} aria-expanded={showFonts} onClick={() => setShowFonts((v) => !v)}>
            字体检查{missingFonts ? `：${missingFonts} 项使用替代字体` : '：正常'}
          </button>
        ) : null}
        <span className="preview-made muted">{preview.madeAt ? `排版于 ${formatDateTime(preview.madeAt.toISOString())}，保存后自动更新` : ''}</span>
      </div>

      {showFonts && preview.fonts ? (
        <div className="panel panel-padded preview-fonts">
          <FontCheckList check={preview.fonts} />
        </div>
      ) : null}

      <div className={`preview-stage${preview.busy && preview.doc ? ' preview-stale' : ''}`} aria-busy={preview.busy}>
        {preview.doc ? <PdfPages doc={preview.doc} zoom={zoom} /> : preview.busy ? <p className="loading">正在按公文格式排版，请稍候…</p> : null}
      </div>

      {exporting && title ? (
        <ExportDialog
          planId={id}
          planTitle={title}
          format="pdf"
          onClose={() => {
            setExporting(false);
            preview.refresh(); // the settings may have changed
          }}
        />
      ) : null}
    </>
  );
}
