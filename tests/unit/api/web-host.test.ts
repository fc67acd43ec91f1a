import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/api/dispatcher';
import { openServices, type Services } from '../../../electron/services/index';
import { startWebHost, type WebHost } from '../../../electron/web-host';
import { FILE_TOO_LARGE_MESSAGE } from '../../../shared/import/limits';
import { tmpDbPath, tmpDir } from '../helpers/tmp';
import { seedPath } from '../import/helpers/seeds';

let services: Services;
let host: WebHost;

beforeEach(async () => {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>工作要点编制台</title>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  services = openServices({ dbPath: tmpDbPath(), mode: 'browser' });
  host = await startWebHost({ dispatcher: createDispatcher(services), staticDir: dir });
});
afterEach(async () => {
  await host.close();
  services.close();
});

function post(method: string, body: unknown, headers: Record<string, string> = { 'x-plandesk-token': host.token }) {
  return fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** A raw request, to set a Host header fetch would not let us set. */
function rawGet(pathname: string, hostHeader: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: host.port, path: pathname, headers: { host: hostHeader } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

describe('the web host', () => {
  it('listens on 127.0.0.1 on a random port and prints a URL with its token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
    expect(host.port).toBeGreaterThan(0);
  });

  it('refuses API calls without the token, or with a wrong one, and writes nothing', async () => {
    const none = await post('plans.create', { year: 2025, title: 'x' }, {});
    expect(none.status).toBe(403);
    expect((await none.json()).error.message).toContain('访问令牌');
    expect((await post('plans.create', { year: 2025, title: 'x' }, { 'x-plandesk-token': 'guess' })).status).toBe(403);
    expect(services.plans.list()).toEqual([]);
  });

  it('answers API calls that carry the token', async () => {
    const created = await post('plans.create', { year: 2025, title: '2025年工作要点' });
    expect(created.status).toBe(200);
    const list = await (await post('plans.list', {})).json();
    expect(list).toMatchObject({ ok: true, result: [{ title: '2025年工作要点' }] });
  });

  it('refuses calls from another origin, bad JSON and unknown methods with the matching status', async () => {
    expect((await post('plans.list', {}, { 'x-plandesk-token': host.token, origin: 'http://evil.example' })).status).toBe(403);
    const bad = await fetch(`${host.origin}/api/plans.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plandesk-token': host.token },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    expect((await post('plans.nope', {})).status).toBe(404);
    expect((await post('plans.create', { year: 2025 })).status).toBe(400);
  });

  it('refuses a body over its limit with 413 and writes nothing', async () => {
    const r = await post('plans.create', { year: 2025, title: '大'.repeat(12 * 1024 * 1024) });
    expect(r.status).toBe(413);
    expect(services.plans.list()).toEqual([]);
  });

  it('answers a 100 MB file posted for import with the file-size sentence (413), not a dropped connection', async () => {
    // Streamed, as a browser uploads: the host reads to the end and answers in Chinese.
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: host.port, path: '/api/import.preview', method: 'POST', headers: { 'content-type': 'application/json', 'x-plandesk-token': host.token } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write('{"source":{"kind":"file","fileName":"大文件.docx","base64":"');
      const chunk = 'A'.repeat(1024 * 1024);
      for (let i = 0; i < 134; i++) req.write(chunk);
      req.end('"}}');
    });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toEqual({ ok: false, error: { code: 'INPUT_TOO_LARGE', message: FILE_TOO_LARGE_MESSAGE } });
    expect(services.plans.list()).toEqual([]);
  });

  it('takes an import of a real file and its commit through HTTP', async () => {
    const source = { kind: 'file', fileName: '002.txt', base64: fs.readFileSync(seedPath('002_eb413db6c3da201b.txt')).toString('base64') };
    const preview = await (await post('import.preview', { source })).json();
    expect(preview).toMatchObject({ ok: true, result: { counts: { sections: 7, items: 23 } } });
    expect(services.plans.list()).toEqual([]);
    const made = await (await post('import.commit', { source, restore: [92] })).json();
    expect(made).toMatchObject({ ok: true, result: { year: 2024 } });
    expect(services.plans.list()).toHaveLength(1);
  });

  it('serves the renderer with a strict CSP, and app routes fall back to index.html', async () => {
    const page = await fetch(`${host.origin}/plans/abc?token=${host.token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('工作要点编制台');
    expect((await fetch(`${host.origin}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${host.origin}/assets/missing.js`)).status).toBe(404);
    // A path climbing out of the renderer folder never reaches files outside it.
    expect(await (await fetch(`${host.origin}/..%2f..%2f..%2f..%2fetc%2fpasswd`)).text()).not.toContain('root:');
  });

  it('refuses requests that name another host (DNS rebinding)', async () => {
    expect(await rawGet('/', `127.0.0.1:${host.port}`)).toBe(200);
    expect(await rawGet('/', 'attacker.example')).toBe(403);
  });
});
