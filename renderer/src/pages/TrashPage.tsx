// 回收站: deleted plans, when they were deleted and when they go for good; 恢复 / 彻底删除.
import { useState } from 'react';
import type { TrashedPlan } from '../../../shared/api/contract';
import { TRASH_RETENTION_DAYS } from '../../../shared/domain/plan';
import { daysUntil, formatDate } from '../../../shared/format/date';
import { call, errorMessage } from '../api/client';
import { Banner } from '../components/Banner';
import { Loading, LoadError } from '../components/LoadStatus';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DateTime } from '../components/DateTime';
import { Link } from '../components/Link';
import { PageHeader } from '../components/PageHeader';
import { paths } from '../router';
import { useLoad } from '../useLoad';

type Flash = { kind: 'success' | 'error'; text: string; openId?: string } | null;

function remaining(purgeAt: string): string {
  const days = daysUntil(purgeAt);
  if (days === null) return '';
  if (days <= 0) return '今天到期';
  return `还剩 ${days} 天`;
}

export function TrashPage() {
  const { state, reload } = useLoad(() => call('plans.trash', {}), []);
  const [purging, setPurging] = useState<TrashedPlan | null>(null);
  const [restoringId, setRestoringId] = useState<string | null>(null);
  const [flash, setFlash] = useState<Flash>(null);
  const plans = state.data ? [...state.data].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt)) : undefined;

  const restore = async (plan: TrashedPlan) => {
    setRestoringId(plan.id);
    try {
      await call('plans.restore', { id: plan.id });
      setFlash({ kind: 'success', text: `已恢复“${plan.title}”，它已回到年度工作要点列表。`, openId: plan.id });
    } catch (e) {
      setFlash({ kind: 'error', text: errorMessage(e) });
    } finally {
      setRestoringId(null);
      reload();
    }
  };

  return (
    <>
      <PageHeader
        title="回收站"
        description={`删除的工作要点在这里保留 ${TRASH_RETENTION_DAYS} 天，期间可以恢复；到期后将被彻底删除。`}
      />

      {flash ? (
        <Banner
          kind={flash.kind}
          onDismiss={() => setFlash(null)}
          actions={
            flash.openId ? (
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
        <LoadError onRetry={reload}>无法读取回收站：{state.error}</LoadError>
      ) : null}

      {!plans ? (
        state.status === 'loading' ? (
          <Loading />
        ) : null
      ) : plans.length === 0 ? (
        <section className="panel empty-state" aria-labelledby="trash-empty-title">
          <h2 id="trash-empty-title" className="empty-title">
            回收站是空的
          </h2>
          <p className="empty-text">删除的工作要点会先放在这里，{TRASH_RETENTION_DAYS} 天内都可以恢复。</p>
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
                <th scope="col" className="col-time">
                  删除时间
                </th>
                <th scope="col" className="col-purge">
                  彻底删除时间
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
                  <td className="col-title">{p.title}</td>
                  <td className="col-organ">{p.organ || <span className="muted">未填写</span>}</td>
                  <td className="col-time num"><DateTime iso={p.deletedAt} /></td>
                  <td className="col-purge">
                    将于{formatDate(p.purgeAt)}彻底删除
                    <span className="purge-left">{remaining(p.purgeAt)}</span>
                  </td>
                  <td className="col-actions">
                    <div className="row-actions">
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={`恢复“${p.title}”`}
                        disabled={restoringId === p.id}
                        onClick={() => void restore(p)}
                      >
                        {restoringId === p.id ? '正在恢复…' : '恢复'}
                      </button>
                      <button
                        type="button"
                        className="button button-small button-quiet button-quiet-danger"
                        aria-label={`彻底删除“${p.title}”`}
                        onClick={() => setPurging(p)}
                      >
                        彻底删除
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {purging ? (
        <ConfirmDialog
          title="彻底删除"
          confirmLabel="彻底删除"
          busyLabel="正在删除…"
          danger
          onClose={() => setPurging(null)}
          onConfirm={async () => {
            const plan = purging;
            await call('plans.purge', { id: plan.id });
            setPurging(null);
            setFlash({ kind: 'success', text: `已彻底删除“${plan.title}”。` });
            reload();
          }}
        >
          <p>
            确定要彻底删除“<strong>{purging.title}</strong>”吗？
          </p>
          <p className="warning-text">彻底删除后，这份工作要点的正文和所有相关数据将无法恢复。</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
