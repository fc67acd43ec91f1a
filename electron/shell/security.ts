// App-wide guards: no navigation away from app://plandesk/, no new windows, no permissions,
// no webviews and no requests to the network from any renderer.
import { app, session, shell, type WebContents } from 'electron';
import { isAppUrl, isExternalWebUrl } from './origin';

/** Call once, after 'ready'. Applies to every web contents the app ever creates. */
export function installSecurityGuards(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Defence in depth beside the CSP: nothing leaves the machine from a page.
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) =>
    callback({ cancel: true }),
  );
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternally(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

/** A web link the user clicked opens in the system browser; other schemes are dropped. */
function openExternally(url: string): void {
  if (!isExternalWebUrl(url)) return;
  shell.openExternal(url).catch((e: unknown) => console.error('[plandesk] could not open link:', e));
}
