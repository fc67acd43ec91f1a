// One plan: loads it (document, outline, the units catalogue) and opens the workspace, or says
// why it cannot.
import { TRASH_RETENTION_DAYS } from '../../../shared/domain/plan';
import { call } from '../api/client';
import { BackToPlans } from '../components/BackLink';
import { Banner } from '../components/Banner';
import { Link } from '../components/Link';
import { PageHeader } from '../components/PageHeader';
import { PlanWorkspace } from '../plan/PlanWorkspace';
import { paths } from '../router';
import { useLoad } from '../useLoad';

async function loadPlan(id: string) {
  const [plan, outline, units] = await Promise.all([
    call('plans.get', { id }),
    call('outline.list', { id }),
    // The catalogue only offers names; the page works without it.
    call('units.list', {}).catch(() => [] as string[]),
  ]);
  return { plan, outline, units };
}

export function PlanPage({ id, item = null, block = null }: { id: string; item?: string | null; block?: number | null }) {
  const { state, reload } = useLoad(() => loadPlan(id), [id]);
  const plan = state.data?.plan;

  const back = <BackToPlans />;

  if (!plan) {
    if (state.status === 'loading') {
      return (
        <div className="page-pad">
          <PageHeader title="正在打开…" before={back} />
          <p className="loading" role="status">
            正在读取…
          </p>
        </div>
      );
    }
    // Bad ids (INVALID_INPUT) and missing plans mean the same to the user.
    const missing = state.status === 'error' && (state.errorCode === 'NOT_FOUND' || state.errorCode === 'INVALID_INPUT');
    return (
      <div className="page-pad">
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
      </div>
    );
  }

  return <PlanWorkspace plan={plan} outline={state.data?.outline ?? []} units={state.data?.units ?? []} focusUid={item} focusBlock={block} />;
}
