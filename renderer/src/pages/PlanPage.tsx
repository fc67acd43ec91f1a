// One plan: loads it (document, outline, the units catalogue) and opens the workspace, or says
// why it cannot.
import { call } from '../api/client';
import { BackToPlans } from '../components/BackLink';
import { Loading, LoadError, PlanMissing, planMissing } from '../components/LoadStatus';
import { PageHeader } from '../components/PageHeader';
import { PlanWorkspace } from '../plan/PlanWorkspace';
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

  if (!plan) {
    if (planMissing(state)) {
      return (
        <div className="page-pad">
          <PlanMissing />
        </div>
      );
    }
    return (
      <div className="page-pad">
        <PageHeader title={state.status === 'loading' ? '正在打开…' : '无法打开工作要点'} before={<BackToPlans />} />
        {state.status === 'error' ? <LoadError onRetry={reload}>{state.error}</LoadError> : <Loading />}
      </div>
    );
  }

  return <PlanWorkspace plan={plan} outline={state.data?.outline ?? []} units={state.data?.units ?? []} focusUid={item} focusBlock={block} />;
}
