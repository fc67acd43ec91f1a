// `host`: a fresh web host (`plandesk serve`) on a temporary database for each test.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';

export interface Host {
  /** The address printed by `serve`, token included: http://127.0.0.1:<port>/?token=… */
  url: string;
  /** http://127.0.0.1:<port> */
  origin: string;
  token: string;
  dbPath: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const START_TIMEOUT_MS = 20_000;

// bin/plandesk.mjs needs the project's Node (better-sqlite3 is built for it), which
// `npm run` puts first on PATH; outside npm, use the copy in node_modules.
export function nodeBinary(): string {
  const local = path.join(repoRoot, 'node_modules', '.bin', 'node');
  return existsSync(local) ? local : process.execPath;
}

function firstLine(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`plandesk serve printed no address within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const fail = (e: Error) => {
      clearTimeout(timer);
      reject(new Error(`${e.message}\nstdout: ${out}\nstderr: ${stderr()}`));
    };
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolve(out.slice(0, nl).trim());
      }
    });
    child.once('error', fail);
    child.once('exit', (code, signal) => fail(new Error(`plandesk serve exited early (code ${code}, signal ${signal})`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<{ host: Host }>({
  host: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'plandesk-e2e-'));
    const dbPath = path.join(dir, 'plandesk.db');
    const child = spawn(nodeBinary(), ['bin/plandesk.mjs', '--db', dbPath, 'serve', '--port', '0', '--no-open'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (c: string) => (stderr += c));
    try {
      const url = await firstLine(child, () => stderr);
      const parsed = new URL(url);
      const token = parsed.searchParams.get('token');
      if (!token) throw new Error(`plandesk serve printed an address without a token: ${url}`);
      await use({ url, origin: parsed.origin, token, dbPath });
    } finally {
      await stop(child);
      await rm(dir, { recursive: true, force: true });
    }
  },
});

export { expect };
