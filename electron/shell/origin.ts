// The app's own origin. The renderer is served from app://plandesk/, never from file:// or http.

export const APP_SCHEME = 'app';
export const APP_HOST = 'plandesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/`;

/** True when the URL belongs to the app itself (app://plandesk/...). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    // Compare parts, not URL.origin: Node's WHATWG URL gives "null" for non-special schemes.
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Links we hand to the system browser; every other scheme is ignored. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
