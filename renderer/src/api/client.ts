// The only place in the renderer that knows how calls travel: through the preload's
// invoke() in Electron, or as POST /api/<method> to the web host in a browser.
import {
  TOKEN_HEADER,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../../../shared/api/contract';
import type { ApiResult, ErrorCode } from '../../../shared/api/errors';

/** Codes from the API, plus NETWORK when the service cannot be reached at all, CANCELLED when the user stopped the call. */
export type ClientErrorCode = ErrorCode | 'NETWORK' | 'CANCELLED';

/** A failed call. `message` is a complete Chinese sentence meant for the user. */
export class ApiError extends Error {
  readonly code: ClientErrorCode;
  constructor(code: ClientErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

const NETWORK_MESSAGE = '无法连接到 PlanDesk 服务，请确认程序仍在运行。';
const CANCELLED_MESSAGE = '已取消。';
const FORBIDDEN_MESSAGE = '访问凭据无效或缺失，请使用启动时显示的完整地址（含 token）重新打开。';
const TOKEN_KEY = 'plandesk.token';

/**
 * The web host's per-launch token: from ?token= on the page URL when present (and then
 * remembered for this tab, so a reload without it still works), else the remembered one.
 */
function readToken(): string | null {
  let fromUrl: string | null = null;
  try {
    fromUrl = new URLSearchParams(window.location.search).get('token');
  } catch {
    fromUrl = null;
  }
  try {
    if (fromUrl) {
      window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
      return fromUrl;
    }
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    // Storage can be unavailable (privacy settings); the URL still carries the token.
    return fromUrl;
  }
}

const token = readToken();

function isApiResult(body: unknown): body is ApiResult<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const b = body as { ok: unknown; error?: unknown };
  if (b.ok === true) return 'result' in b;
  if (b.ok !== false || typeof b.error !== 'object' || b.error === null) return false;
  const e = b.error as { code?: unknown; message?: unknown };
  return typeof e.code === 'string' && typeof e.message === 'string';
}

function unwrap<T>(body: ApiResult<unknown>): T {
  if (body.ok) return body.result as T;
  throw new ApiError(body.error.code, body.error.message);
}

export interface CallOptions {
  /** Aborting stops waiting for the answer (and the upload, over HTTP). */
  signal?: AbortSignal;
}

const cancelled = () => new ApiError('CANCELLED', CANCELLED_MESSAGE);

async function invokeHttp(method: string, input: unknown, signal?: AbortSignal): Promise<ApiResult<unknown>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers[TOKEN_HEADER] = token;
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input ?? {}),
      credentials: 'omit',
      cache: 'no-store',
      signal,
    });
  } catch {
    throw signal?.aborted ? cancelled() : new ApiError('NETWORK', NETWORK_MESSAGE);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    if (signal?.aborted) throw cancelled();
    body = undefined;
  }
  if (isApiResult(body)) return body;
  if (response.status === 403) throw new ApiError('FORBIDDEN', FORBIDDEN_MESSAGE);
  throw new ApiError('INTERNAL', `PlanDesk 服务返回了无法识别的响应（HTTP ${response.status}），请重试。`);
}

/** Rejects with CANCELLED as soon as the signal aborts (IPC calls cannot be stopped, only left). */
function abortable<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function invokeIpc(method: string, input: unknown, signal?: AbortSignal): Promise<ApiResult<unknown>> {
  const bridge = window.plandesk;
  if (!bridge) throw new ApiError('NETWORK', NETWORK_MESSAGE);
  let body: unknown;
  try {
    body = await abortable(bridge.invoke(method, input ?? {}), signal);
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError('NETWORK', NETWORK_MESSAGE);
  }
  if (isApiResult(body)) return body;
  throw new ApiError('INTERNAL', 'PlanDesk 返回了无法识别的结果，请重试。');
}

/** Calls one API method; resolves with its output or rejects with an ApiError. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>, options: CallOptions = {}): Promise<MethodOutput<M>> {
  const { signal } = options;
  if (signal?.aborted) throw cancelled();
  const body =
    typeof window.plandesk?.invoke === 'function' ? await invokeIpc(method, input, signal) : await invokeHttp(method, input, signal);
  return unwrap<MethodOutput<M>>(body);
}

export function isCancelled(e: unknown): boolean {
  return e instanceof ApiError && e.code === 'CANCELLED';
}

/** A message for any failure: the API's own sentence, or a generic one for a bug. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return '操作没有完成：程序出现了意外错误，请重试。';
}
