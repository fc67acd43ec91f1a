// 年度工作要点: every plan, newest year first, with 新建 / 打开 / 修改信息 / 删除.
import { useState } from 'react';
import type { PlanSummary } from '../../../shared/api/contract';
import { TRASH_RETENTION_DAYS } from '../../../shared/domain/plan';
import { call, errorMessage } from '../api/client';
import { CarryForwardDialog } from '../carry-forward/CarryForwardDialog';
import { Banner } from '../components/Banner';
import { Loading, LoadError } from '../components/LoadStatus';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DateTime } from '../components/DateTime';
import { Link } from '../components/Link';
import { NewPlanDialog } from '../components/NewPlanDialog';
import { PageHeader } from '../components/PageHeader';
import { PlanInfoDialog } from '../components/PlanInfoDialog';
import { StatusBadge } from '../components/StatusBadge';
import { ImportDialog } from '../import/ImportDialog';
import { navigate, paths } from '../router';
import { useLoad } from '../useLoad';

type Open =
  | { kind: 'new' }
  | { kind: 'import' }
  | { kind: 'info'; plan: PlanSummary }
  | { kind: 'delete'; plan: PlanSummary }
  | { kind: 'carry'; plan: PlanSummary }
  | null;
type Flash = { kind: 'success' | 'error'; text: string; undoDeleteOf?: PlanSummary; openId?: string } | null;

function byYearThenUpdate(a: PlanSummary, b: PlanSummary): number {
  return b.year - a.year || b.updatedAt.localeCompare(a.updatedAt);
}

export function PlanListPage() {
  const { state, reload } = useLoad(() => call('plans.list', {}), []);
  const [open, setOpen] = useState<Open>(null);
  const [flash, setFlash] = useState<Flash>(null);
  const plans = state.data ? [...state.data].sort(byYearThenUpdate) : undefined;
  // The organ of the most recently touched plan that has one is the likeliest for the next.
  const lastOrgan =
    state.data
      ?.filter((p) => p.organ.trim() !== '')
      .reduce<PlanSummary | null>((m, p) => (!m || p.updatedAt > m.updatedAt ? p : m), null)?.organ ?? '';

  const undoDelete = async (plan: PlanSummary) => {
    try {
      await call('plans.restore', { id: plan.id });
      setFlash({ kind: 'success', text: `已恢复“${plan.title}”。` });
    } catch (e) {
      setFlash({ kind: 'error', text: errorMessage(e) });
    }
    reload();
  };

  const newButton = (
    <>
      <button type="button" className="button" onClick={() => setOpen({ kind: 'import' })}>
        导入
      </button>
      <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'new' })}>
        新建工作要点
      </button>
    </>
  );

  return (
    <>
      <PageHeader
        title="年度工作要点"
        description={plans && plans.length > 0 ? `共 ${plans.length} 份` : '各年度的工作要点、工作思路和规划'}
        actions={plans && plans.length > 0 ? newButton : undefined}
      />

      {flash ? (
        <Banner
          kind={flash.kind}
          onDismiss={() => setFlash(null)}
          actions={
            flash.undoDeleteOf ? (
              <button type="button" className="button button-small" onClick={() => void undoDelete(flash.undoDeleteOf!)}>
                撤销
              </button>
            ) : flash.openId ? (
              <Link to={paths.plan(flash.openId)} className="button button-small">
                打开
              </Link>
            ) : undefined
          }
        >
          {flash.text}
        </Banner>
      ) : null}

      {state.status === 'error' ? (
        <LoadError onRetry={reload}>无法读取工作要点列表：{state.error}</LoadError>
      ) : null}

      {!plans ? (
        state.status === 'loading' ? (
          <Loading />
        ) : null
      ) : plans.length === 0 ? (
        <section className="panel empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title" className="empty-title">
            还没有工作要点
          </h2>
          <p className="empty-text">新建一份年度工作要点，或导入去年的工作要点（.docx、.txt 或粘贴的文本），开始编制下一年度的工作安排。</p>
          <div className="empty-actions">
            <button type="button" className="button button-primary button-large" onClick={() => setOpen({ kind: 'new' })}>
              新建第一份工作要点
            </button>
            <button type="button" className="button button-large" onClick={() => setOpen({ kind: 'import' })}>
              导入已有文件
            </button>
          </div>
        </section>
      ) : (
        <div className="panel table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col" className="col-year">
                  年度
                </th>
                <th scope="col">标题</th>
                <th scope="col">发文机关</th>
                <th scope="col" className="col-kind">
                  类型
                </th>
                <th scope="col" className="col-status">
                  状态
                </th>
                <th scope="col" className="col-time">
                  更新时间
                </th>
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p) => (
                <tr key={p.id}>
                  <td className="col-year num">{p.year}</td>
                  <td className="col-title">
                    <Link to={paths.plan(p.id)} className="title-link">
                      {p.title}
                    </Link>
                  </td>
                  <td className="col-organ">{p.organ || <span className="muted">未填写</span>}</td>
                  <td className="col-kind">{p.kind}</td>
                  <td className="col-status">
                    <StatusBadge status={p.status} />
                  </td>
                  <td className="col-time num"><DateTime iso={p.updatedAt} /></td>
                  <td className="col-actions">
                    <div className="row-actions">
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        aria-label={`由“${p.title}”生成下一年度草稿`}
                        title={`以这份工作要点为底稿，生成 ${p.year + 1} 年的草稿`}
                        onClick={() => setOpen({ kind: 'carry', plan: p })}
                      >
                        生成下一年度草稿
                      </button>
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        aria-label={`修改“${p.title}”的基本信息`}
                        title="标题、年度、类型、发文机关和状态"
                        onClick={() => setOpen({ kind: 'info', plan: p })}
                      >
                        修改信息
                      </button>
                      <button
                        type="button"
                        className="button button-small button-quiet button-quiet-danger"
                        aria-label={`删除“${p.title}”`}
                        onClick={() => setOpen({ kind: 'delete', plan: p })}
                      >
                        删除
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {open?.kind === 'new' ? (
        <NewPlanDialog
          defaultOrgan={lastOrgan}
          onClose={() => setOpen(null)}
          onCreated={(plan) => {
            setOpen(null);
            setFlash({ kind: 'success', text: `已新建“${plan.title}”。`, openId: plan.id });
            reload();
          }}
        />
      ) : null}

      {open?.kind === 'import' ? (
        <ImportDialog onClose={() => setOpen(null)} onImported={(planId) => navigate(paths.plan(planId))} />
      ) : null}

      {open?.kind === 'carry' ? (
        <CarryForwardDialog
          plan={open.plan}
          nextYearPlans={(plans ?? []).filter((p) => p.year === open.plan.year + 1)}
          onClose={() => setOpen(null)}
          onCarried={(draft) => navigate(paths.plan(draft.id))}
        />
      ) : null}

      {open?.kind === 'info' ? (
        <PlanInfoDialog
          plan={open.plan}
          onClose={() => setOpen(null)}
          onSaved={(plan) => {
            setOpen(null);
            setFlash({ kind: 'success', text: plan.title === open.plan.title ? `已修改“${plan.title}”的基本信息。` : `已将“${open.plan.title}”改为“${plan.title}”。` });
            reload();
          }}
        />
      ) : null}

      {open?.kind === 'delete' ? (
        <ConfirmDialog
          title="删除工作要点"
          confirmLabel="移到回收站"
          busyLabel="正在删除…"
          danger
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            const plan = open.plan;
            await call('plans.delete', { id: plan.id });
            setOpen(null);
            setFlash({ kind: 'success', text: `已将“${plan.title}”移到回收站。`, undoDeleteOf: plan });
            reload();
          }}
        >
          <p>
            确定要删除“<strong>{open.plan.title}</strong>”吗？
          </p>
          <p className="muted">
            删除后它会移到回收站，保留 {TRASH_RETENTION_DAYS} 天，期间可以随时恢复；{TRASH_RETENTION_DAYS} 天后将被彻底删除。
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
