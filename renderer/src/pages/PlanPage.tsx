// One plan: its title and facts, and (in the next version) its body in the editor.
import { useState } from 'react';
import type { Plan } from '../../../shared/api/contract';
import { TRASH_RETENTION_DAYS } from '../../../shared/domain/plan';
import { formatDateTime } from '../../../shared/format/date';
import { call } from '../api/client';
import { Banner } from '../components/Banner';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Link } from '../components/Link';
import { PageHeader } from '../components/PageHeader';
import { RenameDialog } from '../components/RenameDialog';
import { StatusBadge } from '../components/StatusBadge';
import { navigate, paths } from '../router';
import { useLoad } from '../useLoad';
import { ExportButton } from '../export/ExportButton';

export function PlanPage({ id }: { id: string }) {
  const { state, reload } = useLoad(() => call('plans.get', { id }), [id]);
  const [renamed, setRenamed] = useState<Plan | null>(null);
  const [open, setOpen] = useState<'rename' | 'delete' | null>(null);
  const plan = renamed ?? state.data;

  const back = (
    <Link to={paths.plans()} className="back-link">
      ‹ 返回年度工作要点
    </Link>
  );

  if (!plan) {
    if (state.status === 'loading') {
      return (
        <>
          <PageHeader title="正在打开…" before={back} />
          <p className="loading" role="status">
            正在读取…
          </p>
        </>
      );
    }
    // Bad ids (INVALID_INPUT) and missing plans mean the same to the user.
    const missing = state.status === 'error' && (state.errorCode === 'NOT_FOUND' || state.errorCode === 'INVALID_INPUT');
    return (
      <>
        <PageHeader title={missing ? '找不到这份工作要点' : '无法打开工作要点'} before={back} />
        {missing ? (
          <div className="panel panel-padded">
            <p>它可能已被删除。删除的工作要点会在回收站保留 {TRASH_RETENTION_DAYS} 天。</p>
            <p className="inline-links">
              <Link to={paths.trash()}>查看回收站</Link>
              <Link to={paths.plans()}>返回年度工作要点</Link>
            </p>
          </div>
        ) : (
          <Banner
            kind="error"
            actions={
              <button type="button" className="button button-small" onClick={reload}>
                重试
              </button>
            }
          >
            {state.status === 'error' ? state.error : ''}
          </Banner>
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={plan.title}
        before={back}
        actions={
          <>
            <ExportButton planId={plan.id} planTitle={plan.title} />
            <Link to={paths.indicators(plan.id)} className="button">
              指标总表
            </Link>
            <Link to={paths.progress(plan.id)} className="button">填报</Link>
            <Link to={paths.dashboard(plan.id)} className="button">看板</Link>
            <button type="button" className="button" onClick={() => setOpen('rename')}>
              重命名
            </button>
            <button type="button" className="button button-quiet-danger" onClick={() => setOpen('delete')}>
              删除
            </button>
          </>
        }
      />

      <section className="panel panel-padded section" aria-label="基本信息">
        <dl className="facts facts-inline">
          <div className="fact">
            <dt>年度</dt>
            <dd className="num">{plan.year}</dd>
          </div>
          <div className="fact">
            <dt>发文机关</dt>
            <dd>{plan.organ || <span className="muted">未填写</span>}</dd>
          </div>
          <div className="fact">
            <dt>类型</dt>
            <dd>{plan.kind}</dd>
          </div>
          <div className="fact">
            <dt>状态</dt>
            <dd>
              <StatusBadge status={plan.status} />
            </dd>
          </div>
          <div className="fact">
            <dt>创建时间</dt>
            <dd className="num">{formatDateTime(plan.createdAt)}</dd>
          </div>
          <div className="fact">
            <dt>更新时间</dt>
            <dd className="num">{formatDateTime(plan.updatedAt)}</dd>
          </div>
        </dl>
      </section>

      <section className="panel section body-placeholder" aria-labelledby="body-title">
        <h2 id="body-title" className="section-title">
          正文
        </h2>
        <div className="placeholder">
          <p className="placeholder-title">正文编辑器即将提供</p>
          <p className="placeholder-text">下一版本将在这里编写各部分的工作要点，自动编排“一、（一）1.”序号，并为每项工作关联指标。</p>
        </div>
      </section>

      {open === 'rename' ? (
        <RenameDialog
          plan={plan}
          onClose={() => setOpen(null)}
          onRenamed={(p) => {
            setRenamed(p);
            setOpen(null);
          }}
        />
      ) : null}

      {open === 'delete' ? (
        <ConfirmDialog
          title="删除工作要点"
          confirmLabel="移到回收站"
          busyLabel="正在删除…"
          danger
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await call('plans.delete', { id: plan.id });
            navigate(paths.plans());
          }}
        >
          <p>
            确定要删除“<strong>{plan.title}</strong>”吗？
          </p>
          <p className="muted">
            删除后它会移到回收站，保留 {TRASH_RETENTION_DAYS} 天，期间可以随时恢复；{TRASH_RETENTION_DAYS} 天后将被彻底删除。
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
