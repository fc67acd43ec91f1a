import { lazy, Suspense } from 'react';
import { AppShell } from './components/AppShell';
import { IndicatorsPage } from './indicators/IndicatorsPage';
import { PageHeader } from './components/PageHeader';
import { Link } from './components/Link';
import { PlanListPage } from './pages/PlanListPage';
import { PlanPage } from './pages/PlanPage';
import { PreviewRoute } from './preview/PreviewRoute';
import { SettingsPage } from './pages/SettingsPage';
import { TrashPage } from './pages/TrashPage';
import { ProgressPage } from './tracking/ProgressPage';
import { paths, useRoute } from './router';

// The 看板 carries the charting library; it loads when first opened.
const DashboardPage = lazy(() => import('./tracking/DashboardPage').then((m) => ({ default: m.DashboardPage })));

export function App() {
  const route = useRoute();
  let page;
  switch (route.name) {
    case 'plans':
      page = <PlanListPage />;
      break;
    case 'plan':
      // key: a different plan is a fresh page (no state carried over).
      page = <PlanPage key={route.id} id={route.id} item={route.item} block={route.block} />;
      break;
    case 'indicators':
      page = <IndicatorsPage key={route.id} planId={route.id} />;
      break;
    case 'progress':
      page = <ProgressPage key={route.id} id={route.id} />;
      break;
    case 'dashboard':
      page = (
        <Suspense fallback={<p className="loading" role="status">正在打开看板…</p>}>
          <DashboardPage key={route.id} id={route.id} />
        </Suspense>
      );
      break;
    case 'preview':
      page = <PreviewRoute key={route.id} id={route.id} />;
      break;
    case 'trash':
      page = <TrashPage />;
      break;
    case 'settings':
      page = <SettingsPage />;
      break;
    case 'notFound':
      page = (
        <>
          <PageHeader title="找不到页面" />
          <div className="panel panel-padded">
            <p>地址“{route.path}”没有对应的页面。</p>
            <p>
              <Link to={paths.plans()}>返回年度工作要点</Link>
            </p>
          </div>
        </>
      );
      break;
  }
  return <AppShell route={route}>{page}</AppShell>;
}
