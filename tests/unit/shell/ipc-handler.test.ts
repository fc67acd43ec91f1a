// The IPC handler: only the app's own pages reach the dispatcher. Electron's ipcMain is mocked.
import { describe, expect, it, vi } from 'vitest';

type Handler = (event: { senderFrame: { url: string } | null }, method: unknown, input: unknown) => Promise<unknown>;
const electron = vi.hoisted(() => ({ channel: '', handler: null as unknown }));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, h: unknown) => {
      electron.channel = channel;
      electron.handler = h;
    },
    removeHandler: () => undefined,
  },
}));

import { IPC_CHANNEL } from '../../../shared/api/contract';
import { registerApiHandler } from '../../../electron/shell/ipc';

function setup(dispatch: (method: string, input: unknown) => Promise<unknown>) {
  const calls: Array<[string, unknown]> = [];
  registerApiHandler({
    dispatch: async (method, input) => {
      calls.push([method, input]);
      return dispatch(method, input) as never;
    },
  });
  return { calls, invoke: electron.handler as Handler };
}

describe('the plandesk:invoke handler', () => {
  it('listens on the contract channel and passes (method, input) from the app page to the dispatcher', async () => {
    const { calls, invoke } = setup(async () => ({ ok: true, result: { mode: 'electron' } }));
    expect(electron.channel).toBe(IPC_CHANNEL);
    const result = await invoke({ senderFrame: { url: 'app://plandesk/plans/1' } }, 'app.info', {});
    expect(result).toEqual({ ok: true, result: { mode: 'electron' } });
    expect(calls).toEqual([['app.info', {}]]);
  });

  it('refuses a page from any other origin without calling the dispatcher', async () => {
    const { calls, invoke } = setup(async () => ({ ok: true, result: null }));
    for (const frame of [{ url: 'https://example.com/' }, { url: 'file:///tmp/x.html' }, { url: 'app://other/' }, null]) {
      expect(await invoke({ senderFrame: frame }, 'plans.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(calls).toEqual([]);
  });

  it('turns a dispatcher crash into a Chinese INTERNAL error', async () => {
    const { invoke } = setup(async () => {
      throw new Error('boom');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = (await invoke({ senderFrame: { url: 'app://plandesk/' } }, 'plans.list', {})) as { ok: boolean; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
