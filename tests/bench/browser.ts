// A web host on a fresh database and a Chromium page on it, for benchmarks that time what the user sees.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');

export interface BrowserSession {
  page: Page;
  /** The address with its token. */
  url: URL;
  close(): Promise<void>;
}

/** null when the renderer is not built (the caller reports the figures as skipped). */
export async function openBrowserSession(): Promise<BrowserSession | null> {
  if (!fs.existsSync(path.join(root, 'dist/renderer/index.html'))) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-bench-'));
  const host = spawn(process.execPath, [path.join(root, 'bin/plandesk.mjs'), '--db', path.join(dir, 'bench.db'), 'serve', '--port', '0', '--no-open'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new URL(await new Promise<string>((resolve) => host.stdout.once('data', (d: Buffer) => resolve(String(d).split('\n')[0]!))));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  return {
    page,
    url,
    close: async () => {
      await browser.close();
      host.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
