// The frame around every page: the product name and the left navigation. A plan open in the
// editor gets the room: the navigation shrinks to a narrow rail.
import type { ReactNode } from 'react';
import { paths, type Route } from '../router';
import { Link } from './Link';

interface NavItem {
  label: string;
  /** The label on the narrow rail. */
  short: string;
  to: string;
  active: (r: Route) => boolean;
}

const NAV: NavItem[] = [
  { label: '年度工作要点', short: '要点', to: paths.plans(), active: (r) => r.name === 'plans' || r.name === 'plan' || r.name === 'indicators' || r.name === 'progress' || r.name === 'dashboard' || r.name === 'preview' },
  { label: '回收站', short: '回收站', to: paths.trash(), active: (r) => r.name === 'trash' },
  { label: '设置', short: '设置', to: paths.settings(), active: (r) => r.name === 'settings' },
];

export function AppShell({ route, children }: { route: Route; children: ReactNode }) {
  const rail = route.name === 'plan';
  return (
    <div className={rail ? 'shell shell-rail' : 'shell'}>
      <aside className="sidebar">
        <div className="brand" title={rail ? '工作要点编制台' : undefined}>
          <div className="brand-mark" aria-hidden="true">
            要
          </div>
          <div>
            <div className="brand-name">工作要点编制台</div>
            <div className="brand-sub">PlanDesk</div>
          </div>
        </div>
        <nav aria-label="主导航">
          <ul className="nav-list">
            {NAV.map((item) => {
              const active = item.active(route);
              return (
                <li key={item.to}>
                  <Link
                    to={item.to}
                    className={active ? 'nav-link nav-link-active' : 'nav-link'}
                    aria-current={active ? 'page' : undefined}
                    aria-label={rail ? item.label : undefined}
                    title={rail ? item.label : undefined}
                  >
                    {rail ? item.short : item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </aside>
      <main className="content" id="main">
        {children}
      </main>
    </div>
  );
}
