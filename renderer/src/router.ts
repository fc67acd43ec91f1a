// A small router over the History API. Paths are plain pathnames, which work the same
// on http://127.0.0.1:<port>/ (web host) and app://plandesk/ (Electron). The web host's token
// (?token=… in browser mode) is carried along on every navigation; a path may add its own query,
// such as /plans/<id>?item=<uid> (open a plan at one item) or ?block=<n> (at its n-th block).
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'plans' }
  /**
   * item: the uid of the section or item to open at (the cursor goes there), or null; block: the
   * index (from 0) of the top-level block to open at instead (a body paragraph), or null.
   */
  | { name: 'plan'; id: string; item: string | null; block: number | null }
  /** A plan's 指标总表, 填报 grid and 看板. */
  | { name: 'indicators'; id: string }
  | { name: 'progress'; id: string }
  | { name: 'dashboard'; id: string }
  /** The plan as A4 pages, exactly as the PDF prints it. */
  | { name: 'preview'; id: string }
  | { name: 'trash' }
  | { name: 'settings' }
  | { name: 'notFound'; path: string };

/** Where in a plan to open: a section or item by its uid, or a top-level block by its index. */
export type PlanPlace = { item: string } | { block: number };

export const paths = {
  plans: () => '/',
  /** A plan; with a place, opened scrolled to it with the cursor in it. */
  plan: (id: string, at?: PlanPlace) => {
    const base = `/plans/${encodeURIComponent(id)}`;
    if (!at) return base;
    return 'item' in at ? `${base}?item=${encodeURIComponent(at.item)}` : `${base}?block=${at.block}`;
  },
  indicators: (id: string) => `/plans/${encodeURIComponent(id)}/indicators`,
  progress: (id: string) => `/plans/${encodeURIComponent(id)}/progress`,
  dashboard: (id: string) => `/plans/${encodeURIComponent(id)}/dashboard`,
  preview: (id: string) => `/plans/${encodeURIComponent(id)}/preview`,
  trash: () => '/trash',
  settings: () => '/settings',
};

export function parseRoute(pathname: string, search = ''): Route {
  const p = pathname.replace(/\/+$/, '') || '/';
  if (p === '/' || p === '/index.html') return { name: 'plans' };
  if (p === '/trash') return { name: 'trash' };
  if (p === '/settings') return { name: 'settings' };
  const m = /^\/plans\/([^/]+)(?:\/(indicators|progress|dashboard|preview))?$/.exec(p);
  if (m?.[1]) {
    let id = m[1];
    try {
      id = decodeURIComponent(id);
    } catch {
      // keep the raw segment; the API will say it is not a valid id
    }
    const page = m[2] as 'indicators' | 'progress' | 'dashboard' | 'preview' | undefined;
    if (page) return { name: page, id };
    const query = new URLSearchParams(search);
    const block = query.get('block');
    return { name: 'plan', id, item: query.get('item') || null, block: block && /^\d{1,6}$/.test(block) ? Number(block) : null };
  }
  return { name: 'notFound', path: pathname };
}

/** Query parameters that belong to the session, not to a page: kept on every navigation. */
const SESSION_PARAMS = ['token'];

/** The href for an in-app path (which may carry its own query), keeping the session's token. */
export function hrefFor(path: string): string {
  const q = path.indexOf('?');
  const pathname = q < 0 ? path : path.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : path.slice(q + 1));
  const current = new URLSearchParams(window.location.search);
  for (const name of SESSION_PARAMS) {
    const value = current.get(name);
    if (value !== null && !params.has(name)) params.set(name, value);
  }
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}

const NAVIGATE_EVENT = 'plandesk:navigate';

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const href = hrefFor(path);
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const getLocation = () => window.location.pathname + window.location.search;

/** The current route; re-renders on navigate() and on back/forward. */
export function useRoute(): Route {
  const location = useSyncExternalStore(subscribe, getLocation);
  const q = location.indexOf('?');
  // parseRoute is cheap; a fresh object per render is fine for the few consumers.
  return q < 0 ? parseRoute(location) : parseRoute(location.slice(0, q), location.slice(q));
}
