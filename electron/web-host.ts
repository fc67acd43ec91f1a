// Browser mode: a 127.0.0.1-only HTTP server that serves the built renderer and POST /api/<method>,
// guarded by a per-launch token. The e2e tests drive the real renderer through it.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { TOKEN_HEADER, inputLimit } from '../shared/api/contract';
import type { ApiErrorBody, ErrorCode } from '../shared/api/errors';
import type { Dispatcher } from './api/dispatcher';

export interface WebHostOptions {
  dispatcher: Dispatcher;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  /** 0 or undefined = a random free port. */
  port?: number;
  token?: string;
  /** Largest request body accepted, in bytes; by default each method's own input limit (plus slack). */
  maxBodyBytes?: number;
}

export interface WebHost {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** Room for the JSON around the input (the dispatcher measures the input itself exactly). */
const BODY_SLACK = 64 * 1024;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

const STATUS_OF: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  INPUT_TOO_LARGE: 413,
  UNKNOWN_METHOD: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DATABASE_TOO_NEW: 409,
  NOT_A_PLANDESK_DATABASE: 409,
  NOT_A_DOCUMENT: 422,
  FORBIDDEN: 403,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function sendError(res: http.ServerResponse, error: ApiErrorBody): void {
  sendJson(res, STATUS_OF[error.code], { ok: false, error });
}

function tokensMatch(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? randomBytes(24).toString('hex');
  const staticRoot = path.resolve(opts.staticDir);
  let port = 0;

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const origin = req.headers.origin;
    const given = req.headers[TOKEN_HEADER];
    if (!tokensMatch(Array.isArray(given) ? given[0] : given, token) || (origin && origin !== `http://${req.headers.host}`)) {
      req.resume();
      sendError(res, { code: 'FORBIDDEN', message: '访问被拒绝：缺少或错误的访问令牌。请使用启动时显示的完整地址打开 PlanDesk。' });
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      req.resume();
      sendError(res, { code: 'INVALID_INPUT', message: '请求格式不正确：内容须为 JSON。' });
      return;
    }
    // The body is read to its end even when too large, so the browser gets the sentence, not a reset.
    const limit = inputLimit(safeDecode(method));
    const body = await readBody(req, opts.maxBodyBytes ?? limit.bytes + BODY_SLACK);
    if (body === 'too-large') {
      sendError(res, { code: 'INPUT_TOO_LARGE', message: limit.message });
      return;
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      sendError(res, { code: 'INVALID_INPUT', message: '请求格式不正确：内容不是有效的 JSON。' });
      return;
    }
    const result = await opts.dispatcher.dispatch(safeDecode(method), input);
    if (result.ok) sendJson(res, 200, result);
    else sendError(res, result.error);
  }

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.resolve(staticRoot, '.' + path.posix.normalize(rel));
    if (file !== staticRoot && !file.startsWith(staticRoot + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    const isFile = (f: string) => {
      try {
        return fs.statSync(f).isFile();
      } catch {
        return false;
      }
    };
    if (!isFile(file)) {
      // Routes of the single-page app (/plans/<id>, /trash …) get index.html; missing assets get 404.
      if (path.extname(rel) !== '') {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('未找到该文件。');
        return;
      }
      file = path.join(staticRoot, 'index.html');
      if (!isFile(file)) {
        res
          .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
          .end('界面尚未构建：请先运行 npm run build:renderer，再重新启动。');
        return;
      }
    }
    const ext = path.extname(file).toLowerCase();
    res.writeHead(200, {
      'content-type': MIME[ext] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': ext === '.html' ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  }

  const server = http.createServer((req, res) => {
    // Only our own address: refuses DNS-rebinding pages that name another host.
    const host = req.headers.host ?? '';
    if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) {
      req.resume();
      sendError(res, { code: 'FORBIDDEN', message: '访问被拒绝：只接受本机地址的访问。' });
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const api = /^\/api\/([^/]+)$/.exec(url.pathname);
    const work = api ? handleApi(req, res, api[1]!) : Promise.resolve(serveStatic(req, res, url.pathname));
    work.catch((e: unknown) => {
      console.error('[plandesk] web host request failed:', e);
      if (!res.headersSent) sendError(res, { code: 'INTERNAL', message: '操作未能完成，程序内部出错。请重试。' });
      else res.destroy();
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, HOST, () => {
      port = (server.address() as AddressInfo).port;
      const origin = `http://${HOST}:${port}`;
      resolve({
        url: `${origin}/?token=${token}`,
        origin,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
