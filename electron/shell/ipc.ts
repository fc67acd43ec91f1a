// The one IPC handler: checks who is asking, then hands (method, input) to the API dispatcher.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { isAppUrl } from './origin';

/** What the shell needs from electron/api/dispatcher.ts. */
export interface ApiDispatcher {
  dispatch(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

const FORBIDDEN: ApiResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '请求不是来自本程序的窗口，已拒绝。' },
};

/** Only frames served from app://plandesk/ may call the API. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && isAppUrl(frame.url);
}

export function registerApiHandler(dispatcher: ApiDispatcher): () => void {
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event)) return FORBIDDEN;
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: '没有这个操作。' } };
    }
    try {
      return await dispatcher.dispatch(method, input);
    } catch (e) {
      // The dispatcher returns failures as results; a throw here is a bug, reported plainly.
      console.error(`[plandesk] ${method} failed:`, e);
      return { ok: false, error: { code: 'INTERNAL', message: '程序内部出错，操作没有完成。请重试；如仍出错，请联系维护人员。' } };
    }
  });
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}
