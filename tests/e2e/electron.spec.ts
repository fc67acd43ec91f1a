// The desktop window: the real Electron shell over a temporary database. Runs only where the
// Electron program is installed (node_modules/electron/dist); elsewhere it is skipped, never fetched.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The Electron executable if installed, found as electron/index.js does, without its download fallback. */
function installedElectron(): string | null {
  const pkg = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const rel = fs.readFileSync(pathFile, 'utf8').trim();
  const exe = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(pkg, 'dist'), rel);
  return rel && fs.existsSync(exe) ? exe : null;
}

const electronPath = installedElectron();

test.describe('desktop window', () => {
  test.skip(!electronPath, 'Electron binary not installed: it cannot be downloaded on this machine.');

  let app: ElectronApplication;
  let page: Page;
  let tmpDir: string;
  let dbPath: string;

  test.beforeAll(async () => {
    if (!fs.existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) {
      throw new Error('dist/renderer is missing: run `npm run build:renderer` first (npm run test:e2e does).');
    }
    // The main/preload bundles take well under a second; build them so the spec never runs stale code.
    const built = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-electron.mjs')], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`build-electron failed:\n${built.stdout}\n${built.stderr}`);

    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-electron-'));
    dbPath = path.join(tmpDir, 'plandesk.db');
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
    app = await electron.launch({
      executablePath: electronPath!,
      // Own profile folder: the single-instance lock must not meet a copy the user has open.
      args: [repoRoot, `--user-data-dir=${path.join(tmpDir, 'user-data')}`],
      cwd: repoRoot,
      env: { ...env, PLANDESK_DB: dbPath },
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
  });

  test('the window opens on the 年度工作要点 list, served from app://plandesk', async () => {
    await expect(page.getByRole('heading', { name: '年度工作要点' })).toBeVisible();
    await expect(page).toHaveTitle(/工作要点编制台/);
    expect(new URL(page.url()).protocol).toBe('app:');
  });

  test('the page reaches the database only through window.plandesk.invoke', async () => {
    const info = await page.evaluate(() => window.plandesk!.invoke('app.info', {}));
    expect(info).toMatchObject({ ok: true, result: { mode: 'electron', dbPath } });
    expect(fs.existsSync(dbPath)).toBe(true);

    const exposed = await page.evaluate(() => ({
      bridge: Object.keys(window.plandesk ?? {}),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
    }));
    expect(exposed).toEqual({ bridge: ['invoke'], require: 'undefined', process: 'undefined', ipcRenderer: 'undefined' });
  });

  test('an unknown method gets a Chinese refusal, not an exception', async () => {
    const result = await page.evaluate(() => window.plandesk!.invoke('no.such.method', {}));
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});
