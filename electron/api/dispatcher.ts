// One dispatcher: method name + input -> size check -> zod validation -> service -> checked output.
// Electron wires it to ipcMain.handle; the web host wires it to POST /api/<method>.
import type { z } from 'zod';
import {
  FIELD_LABELS,
  apiContract,
  inputLimit,
  isMethodName,
  type MethodName,
  type MethodOutput,
} from '../../shared/api/contract';
import { PlanDeskError, type ApiResult } from '../../shared/api/errors';
import type { Services } from '../services/index';
import { createHandlers } from './handlers';

export interface Dispatcher {
  dispatch(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

export type Handlers = {
  [M in MethodName]: (input: z.output<(typeof apiContract)[M]['input']>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

/** Size of the input as JSON, stopping early once it passes `limit`. */
function jsonSizeExceeds(input: unknown, limit: number): boolean {
  let text: string;
  try {
    text = JSON.stringify(input) ?? '';
  } catch {
    return true;
  }
  // A UTF-16 length is a lower bound of UTF-8 bytes; Buffer.byteLength gives the exact figure.
  return text.length > limit || Buffer.byteLength(text, 'utf8') > limit;
}

function describeIssues(error: z.ZodError, labels: Record<string, string> = {}): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const key = issue.path.find((p): p is string => typeof p === 'string');
    if (issue.code === 'unrecognized_keys') return `不认识的字段：${issue.keys.join('、')}。`;
    const label = key ? labels[key] ?? FIELD_LABELS[key] ?? key : '';
    const msg = issue.message;
    return label && !msg.includes(label) ? `${label}：${msg}` : msg;
  });
  return `输入内容不符合要求：${parts.join(' ')}`;
}

export function createDispatcher(services: Services, handlers: Handlers = createHandlers(services)): Dispatcher {
  return {
    async dispatch(method, input) {
      if (typeof method !== 'string' || !isMethodName(method)) {
        return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `不支持的操作：${String(method).slice(0, 60)}。` } };
      }
      const spec = apiContract[method];
      const limit = inputLimit(method);
      if (jsonSizeExceeds(input ?? {}, limit.bytes)) {
        return { ok: false, error: { code: 'INPUT_TOO_LARGE', message: limit.message } };
      }
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        return { ok: false, error: { code: 'INVALID_INPUT', message: describeIssues(parsed.error, 'labels' in spec ? spec.labels : undefined) } };
      }
      try {
        const handler = handlers[method] as (i: unknown) => unknown;
        const result = await handler(parsed.data);
        // The output is checked too: a bug must not send a malformed answer to the renderer.
        return { ok: true, result: spec.output.parse(result) };
      } catch (e) {
        if (e instanceof PlanDeskError) return { ok: false, error: e.toBody() };
        console.error(`[plandesk] ${method} failed:`, e);
        return { ok: false, error: { code: 'INTERNAL', message: '操作未能完成，程序内部出错。您输入的内容未丢失，请重试；如仍失败，请联系维护人员。' } };
      }
    },
  };
}
