// 看板 (/plans/<id>/dashboard): how the plan stands as of a date. Completion overall, by
// section and by unit; counts by status; the items that are 滞后 or 逾期; each indicator's line.
import { useMemo, useState } from 'react';
import type { Dashboard } from '../../../shared/api/tracking';
import { formatNumber, formatShare } from '../../../shared/tracking/format';
import { dateLabel, isIsoDate, localIsoDate, quarterEnds } from '../../../shared/tracking/period';
import { completedShare } from '../../../shared/tracking/rollup';
import { call } from '../api/client';
import { BackToPlan } from '../components/BackLink';
import { Loading, LoadError, PlanMissing, planMissing } from '../components/LoadStatus';
import { Banner } from '../components/Banner';
import { Link } from '../components/Link';
import { PageHeader } from '../components/PageHeader';
import { navigate, paths } from '../router';
import { useLoad } from '../useLoad';
import { IndicatorChart } from './IndicatorChart';
import { LagSetting } from './LagSetting';
import { ReportDialog } from './ReportDialog';
import { STATUS_CLASS, STATUS_DISPLAY_ORDER, StatusBar, TrackStatus } from './status';
import './tracking.css';

type Status = Dashboard['status'];
// Charts come in pages: a plan may have 2,000 targets, and each chart is a drawing of its own.
const CHARTS_AT_FIRST = 12;
const CHARTS_MORE = 24;

function dateFromUrl(): string | null {
  const d = new URLSearchParams(window.location.search).get('date');
  return d && isIsoDate(d) ? d : null;
}

function DatePicker({ date, year, onChange }: { date: string; year: number; onChange: (d: string) => void }) {
  const today = localIsoDate(new Date());
  const quick = quarterEnds(year).map((d, i) => ({ d, label: `${'一二三四'[i]}季度末` }));
  return (
    <div className="date-picker" role="group" aria-label="统计日期">
      <label className="toolbar-field">
        <span>统计日期</span>
        <input className="input input-compact" type="date" value={date} max="2100-12-31" onChange={(e) => isIsoDate(e.target.value) && onChange(e.target.value)} />
      </label>
      {quick.map((q) => (
        <button key={q.d} type="button" className={`button button-small ${q.d === date ? 'button-on' : ''}`} aria-pressed={q.d === date} onClick={() => onChange(q.d)}>
          {q.label}
        </button>
      ))}
      <button type="button" className={`button button-small ${today === date ? 'button-on' : ''}`} aria-pressed={today === date} onClick={() => onChange(today)}>
        今天
      </button>
    </div>
  );
}

function Summary({ status }: { status: Status }) {
  return (
    <section className="dash-summary" aria-label="总体完成情况">
      <div className="panel dash-completion">
        <p className="dash-completion-label">完成率</p>
        <p className="dash-completion-value num">{formatShare(completedShare(status.counts))}</p>
        <p className="muted">
          已完成 {status.counts['已完成']} / {status.total} 项指标
        </p>
      </div>
      <ul className="dash-tiles" aria-label="按状态统计">
        {STATUS_DISPLAY_ORDER.map((s) => (
          <li key={s} className={`panel dash-tile track-tile-${STATUS_CLASS[s]}`} data-status={s}>
            <span className="dash-tile-count num">{status.counts[s]}</span>
            <span className="dash-tile-label">{s}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface GroupRow {
  key: string;
  name: string;
  status: Status['status'];
  counts: Status['counts'];
  total: number;
}

function GroupTable({ title, head, rows, empty }: { title: string; head: string; rows: GroupRow[]; empty: string }) {
  return (
    <section className="panel dash-group" aria-label={title}>
      <h2 className="section-title">{title}</h2>
      {rows.length === 0 ? (
        <p className="muted dash-none">{empty}</p>
      ) : (
        <table className="table dash-table">
          <thead>
            <tr>
              <th>{head}</th>
              <th className="num">指标</th>
              <th className="col-bar">状态分布</th>
              <th className="num">完成率</th>
              <th>状态</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" className="dash-group-name">
                  {r.name}
                </th>
                <td className="num">{r.total}</td>
                <td className="col-bar">
                  <StatusBar counts={r.counts} total={r.total} />
                </td>
                <td className="num">{r.total ? formatShare(completedShare(r.counts)) : '—'}</td>
                <td>
                  <TrackStatus status={r.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function TroubleList({ planId, status }: { planId: string; status: Status }) {
  const items = status.items.filter((i) => i.status === '逾期' || i.status === '滞后').sort((a, b) => (a.status === b.status ? 0 : a.status === '逾期' ? -1 : 1));
  const targets = new Map(status.targets.map((t) => [t.id, t]));
  return (
    <section className="panel dash-trouble" aria-label="滞后和逾期的条目">
      <h2 className="section-title">
        滞后和逾期的条目 <span className="muted">（{items.length} 项）</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted dash-none">截至{dateLabel(status.date)}，没有滞后或逾期的条目。</p>
      ) : (
        <table className="table dash-table">
          <thead>
            <tr>
              <th>条目</th>
              <th>责任单位</th>
              <th>完成时限</th>
              <th>状态</th>
              <th>指标（最新 / 目标）</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.uid} data-status={i.status}>
                <td className="dash-item">
                  <Link to={paths.plan(planId, { item: i.uid })} title="在编辑器中打开这一条">
                    <span className="dash-item-label">
                      {i.sectionLabel}
                      {i.label}
                    </span>
                    {i.lead}
                  </Link>
                </td>
                <td>{i.units.join('、') || <span className="muted">未填写</span>}</td>
                <td className="nowrap">{i.deadline ? (isIsoDate(i.deadline) ? dateLabel(i.deadline) : i.deadline) : '—'}</td>
                <td>
                  <TrackStatus status={i.status} />
                </td>
                <td className="dash-item-targets">
                  {i.targetIds.map((id) => {
                    const t = targets.get(id)!;
                    return (
                      <div key={id} className={t.status === '逾期' || t.status === '滞后' ? 'dash-target-bad' : undefined} title={t.reason}>
                        {t.name}：{t.latest ? `${formatNumber(t.latest.value)}${t.unit}` : '未填报'} / {t.target.text}
                      </div>
                    );
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Charts({ data }: { data: Dashboard }) {
  const [filter, setFilter] = useState('trouble');
  const [limit, setLimit] = useState(CHARTS_AT_FIRST);
  const series = useMemo(() => new Map(data.series.map((s) => [s.targetId, s])), [data]);
  const sectionOf = useMemo(() => {
    const m = new Map(data.status.items.map((i) => [i.uid, i.sectionLabel]));
    return (t: Status['targets'][number]) => (t.items[0] ? m.get(t.items[0].uid) ?? '' : '');
  }, [data]);
  const chosen = data.status.targets.filter((t) =>
    filter === 'all' ? true : filter === 'trouble' ? t.status === '滞后' || t.status === '逾期' : sectionOf(t) === filter,
  );
  const shown = chosen.slice(0, limit);
  return (
    <section className="panel dash-charts" aria-label="指标走势">
      <div className="dash-charts-head">
        <h2 className="section-title">指标走势</h2>
        <label className="toolbar-field">
          <span>显示</span>
          <select className="input input-compact" value={filter} onChange={(e) => (setFilter(e.target.value), setLimit(CHARTS_AT_FIRST))}>
            <option value="trouble">滞后和逾期的指标</option>
            <option value="all">全部指标</option>
            {data.status.sections.map((s) => (
              <option key={s.uid} value={s.label}>
                {s.label}
                {s.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? <p className="muted dash-none">没有符合条件的指标。</p> : null}
      <div className="chart-grid">
        {shown.map((t) => (
          <IndicatorChart key={t.id} target={t} series={series.get(t.id)!} />
        ))}
      </div>
      {chosen.length > shown.length ? (
        <p className="dash-more">
          <span className="muted">
            已显示 {shown.length} / {chosen.length} 个指标
          </span>{' '}
          <button type="button" className="button button-small" onClick={() => setLimit((n) => n + CHARTS_MORE)}>
            再显示 {Math.min(CHARTS_MORE, chosen.length - shown.length)} 个
          </button>
        </p>
      ) : null}
    </section>
  );
}

export function DashboardPage({ id }: { id: string }) {
  const [date, setDate] = useState(() => dateFromUrl() ?? localIsoDate(new Date()));
  const { state, reload } = useLoad(() => call('progress.dashboard', { id, date }), [id, date]);
  const [reporting, setReporting] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const data = state.data;
  const back = <BackToPlan id={id} />;
  const changeDate = (d: string) => {
    setDate(d);
    navigate(`${paths.dashboard(id)}?date=${d}`, { replace: true });
  };

  if (!data) {
    if (planMissing(state)) return <PlanMissing />;
    return (
      <>
        <PageHeader title={state.status === 'error' ? '无法打开看板' : '看板'} before={back} />
        {state.status === 'error' ? <LoadError onRetry={reload}>{state.error}</LoadError> : <Loading text="正在统计…" />}
      </>
    );
  }

  const { status } = data;
  return (
    <div className="dashboard">
      <PageHeader
        title={`看板：${data.plan.title}`}
        before={back}
        description={`截至${dateLabel(status.date)}，共 ${status.total} 项指标`}
        actions={
          <>
            <Link to={paths.progress(id)} className="button">
              填报
            </Link>
            <button type="button" className="button" onClick={() => (setFlash(null), setReporting(true))}>
              导出落实情况报告
            </button>
            <button type="button" className="button" onClick={() => window.print()}>
              打印
            </button>
          </>
        }
      />
      <div className="panel tracking-toolbar">
        <DatePicker date={date} year={data.plan.year} onChange={changeDate} />
        <LagSetting value={status.lagTolerance} onSaved={reload} />
      </div>
      {state.status === 'error' ? <Banner kind="error">{state.error}</Banner> : null}
      {flash ? (
        <Banner kind="success" onDismiss={() => setFlash(null)}>
          {flash}
        </Banner>
      ) : null}
      {reporting ? (
        <ReportDialog
          planId={id}
          planYear={data.plan.year}
          date={status.date}
          total={status.total}
          onClose={() => setReporting(false)}
          onDone={(message) => (setReporting(false), setFlash(message))}
        />
      ) : null}
      {status.total === 0 ? (
        <div className="panel empty-state">
          <p className="empty-title">这份工作要点还没有指标</p>
          <p className="empty-text">为条目添加指标并填报实际值后，这里会显示完成情况。</p>
        </div>
      ) : (
        <>
          <Summary status={status} />
          <div className="dash-groups">
            <GroupTable
              title="按部分"
              head="部分"
              rows={status.sections.map((s) => ({ key: s.uid, name: `${s.label}${s.title}`, status: s.status, counts: s.counts, total: s.total }))}
              empty="正文中还没有“一、”一级标题。"
            />
            <GroupTable
              title="按责任单位"
              head="单位"
              rows={status.units.map((u) => ({ key: u.name, name: u.name, status: u.status, counts: u.counts, total: u.total }))}
              empty="条目和指标都还没有填写牵头单位或责任单位。在正文右侧的“条目信息”中填写后，这里按单位统计。"
            />
          </div>
          <TroubleList planId={id} status={status} />
          <Charts data={data} />
        </>
      )}
    </div>
  );
}
