// 指标总表: every target of a plan in one table, filtered, sorted and edited in place; 指标建议 for
// the whole plan; the targets to and from Excel.
import { useMemo, useRef, useState } from 'react';
import type { Target, XlsxImportResult } from '../../../shared/api/indicators';
import { call, errorMessage } from '../api/client';
import { downloadBase64, MIME, readAsBase64 } from '../api/files';
import { BackToPlan } from '../components/BackLink';
import { Loading, LoadError, PlanMissing, planMissing } from '../components/LoadStatus';
import { Banner } from '../components/Banner';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { PageHeader } from '../components/PageHeader';
import { useLoad } from '../useLoad';
import { FilterBar } from './FilterBar';
import { IndicatorHistoryDialog } from './IndicatorHistoryDialog';
import { SuggestionsPanel } from './SuggestionsPanel';
import { TargetsTable } from './TargetsTable';
import { applyFilters, applySort, DEFAULT_SORT, NO_FILTERS, type Filters, type Sort } from './tableModel';
import './indicators.css';

type Flash = { kind: 'success' | 'error' | 'info'; text: string; rows?: XlsxImportResult['errors'] } | null;

export function IndicatorsPage({ planId }: { planId: string }) {
  const { state, reload } = useLoad(
    () => Promise.all([call('plans.get', { id: planId }), call('outline.list', { id: planId }), call('targets.list', { planId })]),
    [planId],
  );
  const [edited, setEdited] = useState<{ base: Target[]; list: Target[] } | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [suggesting, setSuggesting] = useState(false);
  const [flash, setFlash] = useState<Flash>(null);
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [deleting, setDeleting] = useState<Target | null>(null);
  const [historyOf, setHistoryOf] = useState<Target | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const [plan, outline, loaded] = state.data ?? [undefined, [], []];
  // Local edits sit on top of what was loaded, until the next load replaces both.
  const targets = edited && edited.base === loaded ? edited.list : loaded;
  const setTargets = (f: (list: Target[]) => Target[]) => setEdited({ base: loaded, list: f(targets) });

  const sections = useMemo(() => outline.filter((o) => o.level === 1), [outline]);
  const leads = useMemo(() => new Map(outline.map((o) => [o.uid, o.lead])), [outline]);
  const byUid = useMemo(() => new Map(outline.map((o) => [o.uid, o])), [outline]);
  const units = useMemo(() => [...new Set(targets.map((t) => t.unit).filter(Boolean))].sort(), [targets]);
  const shown = useMemo(() => applySort(applyFilters(targets, filters), sort), [targets, filters, sort]);

  const back = <BackToPlan id={planId} />;

  if (!plan) {
    if (planMissing(state)) return <PlanMissing />;
    return (
      <>
        <PageHeader title={state.status === 'loading' ? '指标总表' : '无法打开指标总表'} before={back} />
        {state.status === 'error' ? <LoadError onRetry={reload}>{state.error}</LoadError> : <Loading />}
      </>
    );
  }

  const exportXlsx = async () => {
    setBusy('export');
    try {
      const file = await call('indicators.exportXlsx', { planId });
      downloadBase64(file.fileName, file.data, MIME.xlsx);
      setFlash({ kind: 'success', text: `已导出 ${targets.length} 个指标到“${file.fileName}”。在 Excel 中修改后可用“导入 Excel”导回。` });
    } catch (e) {
      setFlash({ kind: 'error', text: `导出失败：${errorMessage(e)}` });
    } finally {
      setBusy(null);
    }
  };

  const importXlsx = async (file: File) => {
    setBusy('import');
    try {
      const r = await call('indicators.importXlsx', { planId, data: await readAsBase64(file) });
      if (r.applied) {
        setFlash({ kind: 'success', text: `已导入“${file.name}”：修改 ${r.updated} 个指标，新增 ${r.added} 个，${r.unchanged} 个未变。` });
        reload();
      } else {
        setFlash({ kind: 'error', text: `“${file.name}”中有 ${r.errors.length} 行不符合要求，未作任何改动。请修改后重新导入：`, rows: r.errors });
      }
    } catch (e) {
      setFlash({ kind: 'error', text: `导入失败：${errorMessage(e)}` });
    } finally {
      setBusy(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <>
      <PageHeader
        title="指标总表"
        before={back}
        description={`${plan.title} · ${targets.length} 个指标${targets.some((t) => !t.items.length) ? `，其中 ${targets.filter((t) => !t.items.length).length} 个未关联条目` : ''}`}
        actions={
          <>
            <button type="button" className="button button-primary" onClick={() => setSuggesting(true)} disabled={suggesting}>
              指标建议
            </button>
            <button type="button" className="button" onClick={() => void exportXlsx()} disabled={busy !== null}>
              {busy === 'export' ? '正在导出…' : '导出 Excel'}
            </button>
            <button type="button" className="button" onClick={() => fileInput.current?.click()} disabled={busy !== null}>
              {busy === 'import' ? '正在导入…' : '导入 Excel'}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="visually-hidden"
              aria-label="选择要导入的 Excel 表格"
              tabIndex={-1}
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void importXlsx(f);
              }}
            />
          </>
        }
      />

      {flash ? (
        <Banner kind={flash.kind} onDismiss={() => setFlash(null)}>
          {flash.text}
          {flash.rows ? (
            <ul className="row-errors">
              {flash.rows.map((r) => (
                <li key={r.row}>{r.message}</li>
              ))}
            </ul>
          ) : null}
        </Banner>
      ) : null}
      {state.status === 'error' ? <Banner kind="error">{state.error}</Banner> : null}

      {suggesting ? (
        <SuggestionsPanel
          planId={planId}
          leads={leads}
          onClose={() => setSuggesting(false)}
          onAccepted={(made) => {
            setTargets((list) => [...list, ...made]);
            setFlash({ kind: 'success', text: made.length === 1 ? `已接受“${made[0]!.name}”，关联到条目 ${made[0]!.items.map((i) => i.label).join('、') || '（无）'}。` : `已接受 ${made.length} 条建议。` });
          }}
        />
      ) : null}

      <FilterBar filters={filters} onChange={setFilters} sections={sections} units={units} total={targets.length} shown={shown.length} />

      {targets.length === 0 ? (
        <section className="panel empty-state">
          <h2 className="empty-title">还没有指标</h2>
          <p className="empty-text">点击“指标建议”，从条目文字中找出可量化的目标（如“建立50个首课教育基地”），接受后即成为指标；也可以用“导入 Excel”批量导入。</p>
        </section>
      ) : shown.length === 0 ? (
        <section className="panel empty-state">
          <h2 className="empty-title">没有符合筛选条件的指标</h2>
          <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>
            清除筛选
          </button>
        </section>
      ) : (
        <TargetsTable
          targets={shown}
          outline={byUid}
          sort={sort}
          onSort={setSort}
          onChanged={(t) => setTargets((list) => list.map((x) => (x.id === t.id ? t : x)))}
          onDelete={setDeleting}
          onHistory={setHistoryOf}
        />
      )}

      {historyOf ? <IndicatorHistoryDialog indicatorId={historyOf.indicatorId} name={historyOf.name} planId={planId} onClose={() => setHistoryOf(null)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title="删除指标"
          confirmLabel="删除"
          busyLabel="正在删除…"
          danger
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await call('targets.delete', { id: deleting.id });
            setTargets((list) => list.filter((x) => x.id !== deleting.id));
            setFlash({ kind: 'success', text: `已删除指标“${deleting.name}”。` });
            setDeleting(null);
          }}
        >
          <p>
            确定要删除指标“<strong>{deleting.name}</strong>”吗？
          </p>
          <p className="muted">它与条目的关联和已填报的完成值会一并删除，不能恢复。</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
