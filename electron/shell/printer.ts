// The Printer for the desktop app: a hidden, sandboxed window in its own session with no network
// prints the same HTML the CLI and web host print with Chromium (services/export/pdf/printer.ts).
import { BrowserWindow, session } from 'electron';
import { PlanDeskError } from '../../shared/api/errors';
import { withHtmlFile, type PrintOptions, type Printer } from '../services/export/pdf/printer';

const PARTITION = 'plandesk-print';
const DEFAULT_TIMEOUT_MS = 60_000;

let sessionGuarded = false;
/** The print session loads the page and its fonts from files and nothing else. */
function guardPrintSession(): void {
  if (sessionGuarded) return;
  sessionGuarded = true;
  const ses = session.fromPartition(PARTITION, { cache: false });
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('file:') }));
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

function timeout<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PlanDeskError('UNAVAILABLE', '生成 PDF 超时，请重试。')), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

export function createElectronPrinter(): Printer {
  return {
    print(html: string, options: PrintOptions = {}): Promise<Buffer> {
      guardPrintSession();
      return withHtmlFile(html, async (file) => {
        const win = new BrowserWindow({
          show: false,
          width: 800,
          height: 1100,
          webPreferences: {
            partition: PARTITION,
            sandbox: true,
            contextIsolation: true,
            nodeIntegration: false,
            nodeIntegrationInSubFrames: false,
            webSecurity: true,
            webviewTag: false,
            spellcheck: false,
          },
        });
        try {
          return await timeout(
            options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
            (async () => {
              await win.loadFile(file);
              await win.webContents.executeJavaScript('document.fonts.ready.then(() => true)', true);
              // Margins 0: the CSS @page rules give the official margins, as with Playwright's page.pdf.
              return win.webContents.printToPDF({
                preferCSSPageSize: true,
                printBackground: true,
                margins: { top: 0, bottom: 0, left: 0, right: 0 },
                generateTaggedPDF: options.tagged ?? true,
                generateDocumentOutline: options.tagged ?? true,
              });
            })(),
          );
        } finally {
          win.destroy();
        }
      });
    },
    close: () => Promise.resolve(),
  };
}
