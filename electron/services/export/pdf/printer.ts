// One Printer interface, two implementations: Chromium through playwright-core (web host, CLI,
// tests; here) and Electron's printToPDF (electron/shell/printer.ts). Both get the same HTML.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PlanDeskError } from '../../../../shared/api/errors';

export interface PrintOptions {
  /** Give up after this long (ms). */
  timeoutMs?: number;
  /** A tagged PDF with bookmarks (for files people keep); the preview skips it, a third faster. */
  tagged?: boolean;
}

export interface Printer {
  /** HTML (fonts as file: URLs) -> PDF bytes, pages sized by the CSS @page rules. */
  print(html: string, options?: PrintOptions): Promise<Buffer>;
  /** Frees the browser; printing again starts a new one. */
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** The page is written to a temp file: fonts are file: URLs, which a file: page may load. */
export async function withHtmlFile<T>(html: string, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'plandesk-print-'));
  const file = path.join(dir, 'document.html');
  try {
    await fs.promises.writeFile(file, html, 'utf8');
    return await use(file);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** CHROMIUM_PATH, else the first Chromium found in the usual places; null if none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = fs.existsSync): string | null {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const win = process.platform === 'win32' ? winCandidates(env) : [];
  return [...CHROMIUM_CANDIDATES, ...win].find((p) => exists(p)) ?? null;
}

function winCandidates(env: NodeJS.ProcessEnv): string[] {
  const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
  return roots.flatMap((r) => [path.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), path.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')]);
}

export const NO_CHROMIUM_MESSAGE =
  '无法生成 PDF：本机没有找到 Chromium 浏览器。请安装 Chromium（或 Chrome、Edge），或用环境变量 CHROMIUM_PATH 指明它的位置；也可以先导出 Word 文档。';

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The page's head (styles, fonts) and body, split where the HTML writer puts <body>. */
export function splitHtml(html: string): { head: string; body: string; title: string } | null {
  const open = html.indexOf('<body>');
  const close = html.lastIndexOf('</body>');
  if (open < 0 || close < open) return null;
  const title = /<title>([\s\S]*?)<\/title>/.exec(html.slice(0, open))?.[1] ?? '';
  return { head: html.slice(0, open), body: html.slice(open + 6, close), title };
}

/**
 * Chromium via playwright-core: one browser per process, started on first use. The page stays open
 * between prints: when the next document has the same styles and fonts, only its body is replaced,
 * so the font slices already decoded are not loaded again (about half the time of a print).
 */
export class ChromiumPrinter implements Printer {
  private browser: Promise<Browser> | null = null;
  private session: { context: BrowserContext; page: Page; head: string } | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly onExit = () => void this.close();

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  private launch(): Promise<Browser> {
    if (!this.browser) {
      const executablePath = findChromium(this.env);
      if (!executablePath) throw new PlanDeskError('UNAVAILABLE', NO_CHROMIUM_MESSAGE);
      this.browser = import('playwright-core')
        .then(({ chromium }) => chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS }))
        .then((b) => {
          b.on('disconnected', () => {
            this.browser = null;
            this.session = null;
          });
          process.once('exit', this.onExit);
          return b;
        })
        .catch((e: unknown) => {
          this.browser = null;
          throw new PlanDeskError('UNAVAILABLE', `无法启动 Chromium 生成 PDF（${e instanceof Error ? e.message.split('\n')[0] : String(e)}）。`);
        });
    }
    return this.browser;
  }

  /** One print at a time: they share the page. */
  print(html: string, options: PrintOptions = {}): Promise<Buffer> {
    const run = this.queue.then(() => this.printNow(html, options));
    this.queue = run.catch(() => {});
    return run;
  }

  private async printNow(html: string, options: PrintOptions): Promise<Buffer> {
    const browser = await this.launch();
    const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const parts = splitHtml(html);
    try {
      if (this.session && parts && parts.head === this.session.head) {
        const { page } = this.session;
        page.setDefaultTimeout(timeout);
        await page.evaluate(({ body, title }) => {
          document.body.innerHTML = body;
          document.title = new DOMParser().parseFromString(`<title>${title}</title>`, 'text/html').title;
          return document.fonts.ready.then(() => undefined);
        }, parts);
      } else {
        await this.closeSession();
        // No network: the page reads only its own file and the font files.
        const context = await browser.newContext({ offline: true, javaScriptEnabled: true });
        const page = await context.newPage();
        page.setDefaultTimeout(timeout);
        this.session = { context, page, head: parts?.head ?? '' };
        await withHtmlFile(html, async (file) => {
          await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
        });
        if (!parts) this.session.head = '\u0000'; // nothing to reuse
      }
      const tagged = options.tagged ?? true;
      return await this.session!.page.pdf({ preferCSSPageSize: true, printBackground: true, tagged, outline: tagged });
    } catch (e) {
      await this.closeSession(); // start clean next time
      throw e;
    }
  }

  private async closeSession(): Promise<void> {
    const s = this.session;
    this.session = null;
    if (s) await s.context.close().catch(() => {});
  }

  async close(): Promise<void> {
    await this.closeSession();
    const pending = this.browser;
    this.browser = null;
    process.removeListener('exit', this.onExit);
    if (pending) await pending.then((b) => b.close()).catch(() => {});
  }
}

/** Pages of a PDF as Chromium writes it (one /Type /Page object a page). */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
