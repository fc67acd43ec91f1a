// 填报 (/plans/<id>/progress): enter one period's values for all of a plan's targets, and
// send or read back the units' Excel 填报表.
import { useRef, useState } from 'react';
import type { GridRow, SheetImportResult } from '../../../shared/api/tracking';
import {
  lastEndedPeriod,
  localIsoDate,
  parsePeriod,
  periodKey,
  periodLabel,
  periodsOfYear,
  periodStart,
  type Period,
  type PeriodKind,
} from '../../../shared/tracking/period';
import { call, errorMessage } from '../api/client';
import { readAsBase64 } from '../api/files';
import { BackToPlan } from '../components/BackLink';
import { Loading, LoadError, PlanMissing, planMissing } from '../components/LoadStatus';
import { Banner } from '../components/Banner';
import { Link } from '../components/Link';
import { PageHeader } from '../components/PageHeader';
import { navigate, paths } from '../router';
import { useLoad } from '../useLoad';
import { HistoryDialog } from './HistoryDialog';
import { ProgressGrid } from './ProgressGrid';
import { ExportSheetDialog, ImportResultDialog } from './SheetDialogs';
import './tracking.css';

/** The period to open: ?period= when valid, else the last one ended today, kept inside the plan's year. */
function initialPeriod(planYear: number | undefined): string | null {
  const fromUrl = parsePeriod(new URLSearchParams(window.location.search).get('period') ?? '');
  if (fromUrl) return periodKey(fromUrl);
  if (planYear === undefined) return null;
  const today = localIsoDate(new Date());
  const last = lastEndedPeriod(today, 'quarter');
  if (last.year === planYear) return periodKey(last);
  return periodKey({ kind: 'quarter', year: planYear, index: last.year > planYear ? 4 : 1 });
}

function PeriodPicker({ period, planYear, onChange }: { period: Period; planYear: number; onChange: (p: Period) => void }) {
  const today = localIsoDate(new Date());
  const years = [planYear - 1, planYear, planYear + 1];
  if (!years.includes(period.year)) years.push(period.year);
  const setKind = (kind: PeriodKind) => {
    if (kind === period.kind) return;
    const index = kind === 'month' ? period.index * 3 : Math.ceil(period.index / 3);
    onChange({ kind, year: period.year, index });
  };
  return (
    <div className="period-picker" role="group" aria-label="填报期间">
      <div className="segmented" role="radiogroup" aria-label="填报周期">
        {(['quarter', 'month'] as const).map((k) => (
          <button key={k} type="button" role="radio" aria-checked={period.kind === k} className={period.kind === k ? 'segment segment-on' : 'segment'} onClick={() => setKind(k)}>
            {k === 'quarter' ? '季度' : '月度'}
          </button>
        ))}
      </div>
      <select className="input input-compact" aria-label="年度" value={period.year} onChange={(e) => onChange({ ...period, year: Number(e.target.value) })}>
        {years.sort().map((y) => (
          <option key={y} value={y}>
            {y}年
          </option>
        ))}
      </select>
      <select className="input input-compact" aria-label="期间" value={period.index} onChange={(e) => onChange({ ...period, index: Number(e.target.value) })}>
        {periodsOfYear(period.year, period.kind).map((p) => (
          <option key={p.index} value={p.index}>
            {periodLabel(p).slice(5)}
            {periodStart(p) > today ? '（未开始）' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ProgressPage({ id }: { id: string }) {
  const plan = useLoad(() => call('plans.get', { id }), [id]);
  const [period, setPeriod] = useState<string | null>(() => initialPeriod(undefined));
  const shown = period ?? initialPeriod(plan.state.data?.year);
  const grid = useLoad(() => (shown ? call('progress.grid', { id, period: shown }) : new Promise<never>(() => {})), [id, shown]);
  const [edited, setEdited] = useState<Map<number, GridRow>>(new Map());
  const [unit, setUnit] = useState('');
  const [message, setMessage] = useState<{ text: string; kind: 'saved' | 'error' } | null>(null);
  const [dialog, setDialog] = useState<{ kind: 'export' } | { kind: 'history'; row: GridRow } | { kind: 'imported'; fileName: string; result: SheetImportResult } | null>(null);
  const [importing, setImporting] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const back = <BackToPlan id={id} />;
  const title = plan.state.data ? `填报：${plan.state.data.title}` : '填报';

  const changePeriod = (p: Period) => {
    const key = periodKey(p);
    setPeriod(key);
    setEdited(new Map());
    setMessage(null);
    navigate(`${paths.progress(id)}?period=${key}`, { replace: true });
  };

  const importFile = async (file: File) => {
    setImporting(true);
    setMessage(null);
    try {
      const result = await call('progress.importSheet', { id, fileName: file.name, data: await readAsBase64(file) });
      setDialog({ kind: 'imported', fileName: file.name, result });
      setEdited(new Map());
      grid.reload();
    } catch (e) {
      setMessage({ text: errorMessage(e), kind: 'error' });
    } finally {
      setImporting(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  if (planMissing(plan.state)) return <PlanMissing />;
  if (plan.state.status === 'error' || (grid.state.status === 'error' && !grid.state.data)) {
    const error = plan.state.status === 'error' ? plan.state.error : grid.state.status === 'error' ? grid.state.error : '';
    return (
      <>
        <PageHeader title="无法打开填报" before={back} />
        <LoadError onRetry={() => (plan.reload(), grid.reload())}>{error}</LoadError>
      </>
    );
  }

  const data = grid.state.data;
  const rows = (data?.rows ?? []).map((r) => edited.get(r.targetId) ?? r).filter((r) => !unit || r.units.includes(unit));
  const p = shown ? parsePeriod(shown) : null;
  const notStarted = p && periodStart(p) > localIsoDate(new Date());
  const filled = data ? data.rows.filter((r) => (edited.get(r.targetId) ?? r).cell?.value != null).length : 0;

  return (
    <>
      <PageHeader
        title={title}
        before={back}
        description={data && p ? `${periodLabel(p)}：${data.rows.length} 项指标，已填报 ${filled} 项` : undefined}
        actions={
          <>
            <Link to={paths.dashboard(id)} className="button">
              看板
            </Link>
            <button
              type="button"
              className="button"
              disabled={!data?.units.length}
              // 填报表 go out one per unit: without units there is nobody to send one to.
              title={data && data.rows.length && !data.units.length ? '填报表按单位导出，而指标所属条目还没有填写牵头单位或责任单位。请先在正文右侧的“条目信息”中填写。' : undefined}
              onClick={() => setDialog({ kind: 'export' })}
            >
              导出填报表
            </button>
            <button type="button" className="button" disabled={importing} onClick={() => fileRef.current?.click()}>
              {importing ? '正在导入…' : '导入填报表'}
            </button>
            <input
              ref={fileRef}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              hidden
              aria-label="选择填报表文件"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void importFile(f);
              }}
            />
          </>
        }
      />

      <div className="panel tracking-toolbar">
        {p && plan.state.data ? <PeriodPicker period={p} planYear={plan.state.data.year} onChange={changePeriod} /> : null}
        <label className="toolbar-field">
          <span>单位</span>
          <select className="input input-compact" value={unit} onChange={(e) => setUnit(e.target.value)}>
            <option value="">全部单位</option>
            {(data?.units ?? []).map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>
        <p className="toolbar-hint">方向键移动，PageUp/PageDown 翻页，Ctrl+Home/End 到首尾；直接输入即覆盖，Enter 编辑/保存，Tab 右移，Esc 取消，Delete 清除。悬停可看填报人和时间。</p>
      </div>

      {notStarted ? <Banner kind="info">{periodLabel(p!)}还没有开始，暂时不能填报实际值。</Banner> : null}
      <p className={`save-line ${message?.kind === 'error' ? 'save-line-error' : ''}`} role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>

      {!data ? (
        <Loading />
      ) : data.rows.length === 0 ? (
        <div className="panel empty-state">
          <p className="empty-title">这份工作要点还没有指标</p>
          <p className="empty-text">先在“指标总表”中为条目添加指标（目标值、完成时限），再回到这里按季度或月份填报实际值。</p>
        </div>
      ) : (
        <div className="panel">
          <ProgressGrid
            key={shown}
            rows={rows}
            period={shown!}
            onSaved={(r) => setEdited((m) => new Map(m).set(r.targetId, r))}
            onMessage={(text, kind) => setMessage({ text, kind })}
            onShowHistory={(row) => setDialog({ kind: 'history', row })}
          />
        </div>
      )}

      {dialog?.kind === 'export' && data && shown ? <ExportSheetDialog planId={id} period={shown} units={unit ? [unit, ...data.units.filter((u) => u !== unit)] : data.units} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'history' && shown ? <HistoryDialog row={dialog.row} period={shown} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'imported' ? <ImportResultDialog fileName={dialog.fileName} result={dialog.result} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
