// What a page shows while its data loads, when it cannot load it (the reason and 重试), and when
// the plan it belongs to is gone: the same words on every page.
import type { ReactNode } from 'react';
import { TRASH_RETENTION_DAYS } from '../../../shared/domain/plan';
import { paths } from '../router';
import type { Load } from '../useLoad';
import { BackToPlans } from './BackLink';
import { Banner } from './Banner';
import { Link } from './Link';
import { PageHeader } from './PageHeader';

export function Loading({ text = '正在读取…' }: { text?: string }) {
  return (
    <p className="loading" role="status">
      {text}
    </p>
  );
}

export function LoadError({ onRetry, children }: { onRetry: () => void; children: ReactNode }) {
  return (
    <Banner
      kind="error"
      actions={
        <button type="button" className="button button-small" onClick={onRetry}>
          重试
        </button>
      }
    >
      {children}
    </Banner>
  );
}

/** A plan's page was asked for a plan that is not there (deleted, or an address mistyped). */
export function planMissing(state: Load<unknown>): boolean {
  return state.status === 'error' && (state.errorCode === 'NOT_FOUND' || state.errorCode === 'INVALID_INPUT');
}

/** The page of a plan that is not there: where deleted plans go, and the way back to the list. */
export function PlanMissing() {
  return (
    <>
      <PageHeader title="找不到这份工作要点" before={<BackToPlans />} />
      <div className="panel panel-padded">
        <p>它可能已被删除。删除的工作要点会在回收站保留 {TRASH_RETENTION_DAYS} 天。</p>
        <p className="inline-links">
          <Link to={paths.trash()}>查看回收站</Link>
          <Link to={paths.plans()}>返回年度工作要点</Link>
        </p>
      </div>
    </>
  );
}
