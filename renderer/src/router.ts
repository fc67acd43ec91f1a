// A small router over the History API. Paths are plain pathnames, which work the same
// on http://127.0.0.1:<port>/ (web host) and app://plandesk/ (Electron). The query string
// (?token=… in browser mode) is carried along on every navigation.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'plans' }
  | { name: 'plan'; id: string }
  | { name: 'indicators'; id: string }
  | { name: 'progress'; id: string }
  | { name: 'dashboard'; id: string }
  | { name: 'trash' }
  | { name: 'settings' }
  | { name: 'notFound'; path: string };

export const paths = {
  plans: () => '/',
  plan: (id: string) => `/plans/${encodeURIComponent(id)}`,
  indicators: (id: string) => `/plans/${encodeURIComponent(id)}/indicators`,
  /** The editor opened at one item (the editor scrolls to and selects it). */
  planItem: (id: string, uid: string) => `/plans/${encodeURIComponent(id)}?item=${encodeURIComponent(uid)}`,
  progress: (id: string) => `/plans/${encodeURIComponent(id)}/progress`,
  dashboard: (id: string) => `/plans/${encodeURIComponent(id)}/dashboard`,
  trash: () => '/trash',
  settings: () => '/settings',
};

export function parseRoute(pathname: string): Route {
  const p = pathname.replace(/\/+$/, '') || '/';
  if (p === '/' || p === '/index.html') return { name: 'plans' };
  if (p === '/trash') return { name: 'trash' };
  if (p === '/settings') return { name: 'settings' };
  const m = /^\/plans\/([^/]+)(?:\/(indicators|progress|dashboard))?$/.exec(p);
  if (m?.[1]) {
    let id = m[1];
    try {
      id = decodeURIComponent(id);
    } catch {
      // keep the raw segment; the API will say it is not a valid id
    }
    return m[2] === 'indicators' || m[2] === 'progress' || m[2] === 'dashboard' ? { name: m[2], id } : { name: 'plan', id };
  }
  return { name: 'notFound', path: pathname };
}

/** The href for an in-app path (which may carry its own ?query), keeping the token of the current address. */
export function hrefFor(path: string): string {
  const [pathname = '/', query = ''] = path.split('?', 2);
  const params = new URLSearchParams(query);
  const token = new URLSearchParams(window.location.search).get('token');
  if (token && !params.has('token')) params.set('token', token);
  const q = params.toString();
  return q ? `${pathname}?${q}` : pathname;
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

const getPathname = () => window.location.pathname;

/** The current route; re-renders on navigate() and on back/forward. */
export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, getPathname);
  // parseRoute is cheap; a fresh object per render is fine for the few consumers.
  return parseRoute(pathname);
}
