// The app:// protocol handler, run under plain Node with Electron's protocol module mocked.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  handler: null as null | ((req: Request) => Promise<Response>),
  schemes: [] as unknown[],
}));
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (s: unknown[]) => electron.schemes.push(...s),
    handle: (_scheme: string, h: (req: Request) => Promise<Response>) => (electron.handler = h),
  },
}));

import { registerAppScheme, serveRenderer } from '../../../electron/shell/protocol';

let dir: string;
const get = (url: string, method = 'GET') => electron.handler!(new Request(url, { method }));

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-protocol-'));
  fs.mkdirSync(path.join(dir, 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>工作要点编制台</title>');
  fs.writeFileSync(path.join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer folder');
  registerAppScheme();
  serveRenderer(path.join(dir, 'renderer'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('app://plandesk serves the built renderer', () => {
  it('registers app:// as a standard, secure scheme', () => {
    expect(electron.schemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('serves index.html and assets with their types and a strict CSP', async () => {
    const page = await get('app://plandesk/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('工作要点编制台');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/https?:/);

    const js = await get('app://plandesk/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers a deep route such as /plans/<id> with index.html', async () => {
    const res = await get('app://plandesk/plans/3f1c0a52-0000-4000-8000-000000000000');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>工作要点编制台</title>');
  });

  it('gives 404 for a missing asset instead of the page', async () => {
    expect((await get('app://plandesk/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of ['app://plandesk/../secret.txt', 'app://plandesk/%2e%2e/secret.txt', 'app://plandesk/..%2fsecret.txt']) {
      const res = await get(url);
      expect(await res.text()).not.toContain('outside the renderer folder');
    }
  });

  it('refuses other hosts and methods', async () => {
    expect((await get('app://elsewhere/')).status).toBe(404);
    expect((await get('app://plandesk/', 'POST')).status).toBe(404);
  });
});
