import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue, type SaveStatus } from '../../../renderer/src/plan/saveQueue';

interface Harness {
  queue: SaveQueue<string>;
  sent: string[];
  statuses: SaveStatus['kind'][];
  copy: { value: string | null };
  /** Settles the oldest pending save. */
  resolve: () => Promise<void>;
  reject: (message: string) => Promise<void>;
  pending: () => number;
}

function harness(saved: string | null = null): Harness {
  const sent: string[] = [];
  const statuses: SaveStatus['kind'][] = [];
  const copy = { value: null as string | null };
  const waiting: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const queue = new SaveQueue<string>(
    {
      save: (doc) =>
        new Promise<void>((resolve, reject) => {
          sent.push(doc);
          waiting.push({ resolve, reject });
        }),
      serialize: (doc) => JSON.stringify(doc),
      onStatus: (s) => statuses.push(s.kind),
      keepCopy: (json) => (copy.value = json),
      dropCopy: () => (copy.value = null),
      describeError: (e) => (e as Error).message,
      delayMs: 1000,
      retryDelaysMs: [5000],
    },
    saved,
  );
  const settle = async (fn: (w: (typeof waiting)[number]) => void) => {
    const w = waiting.shift();
    if (!w) throw new Error('no save pending');
    fn(w);
    await vi.advanceTimersByTimeAsync(0);
  };
  return {
    queue,
    sent,
    statuses,
    copy,
    resolve: () => settle((w) => w.resolve()),
    reject: (message) => settle((w) => w.reject(new Error(message))),
    pending: () => waiting.length,
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves one second after typing stops, not before', async () => {
    const h = harness();
    h.queue.update('一');
    await vi.advanceTimersByTimeAsync(600);
    h.queue.update('一、');
    await vi.advanceTimersByTimeAsync(900);
    expect(h.sent).toEqual([]);
    expect(h.queue.current.kind).toBe('dirty');
    await vi.advanceTimersByTimeAsync(100);
    expect(h.sent).toEqual(['一、']);
    expect(h.queue.current.kind).toBe('saving');
    await h.resolve();
    expect(h.queue.current.kind).toBe('saved');
    expect(h.copy.value).toBeNull();
  });

  it('sends one save at a time and the newest document wins', async () => {
    const h = harness();
    h.queue.update('v1');
    void h.queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    h.queue.update('v2');
    h.queue.update('v3');
    const done = h.queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.pending()).toBe(1);
    await h.resolve();
    expect(h.sent).toEqual(['v1', 'v3']);
    await h.resolve();
    await expect(done).resolves.toBe(true);
    expect(h.queue.current.kind).toBe('saved');
  });

  it('a failed save keeps the document, says why, and tries again', async () => {
    const h = harness();
    h.queue.update('新建幼儿园10所。');
    void h.queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    await h.reject('无法连接到 PlanDesk 服务');
    expect(h.queue.current).toEqual({ kind: 'error', message: '无法连接到 PlanDesk 服务' });
    expect(h.copy.value).toBe(JSON.stringify('新建幼儿园10所。'));
    expect(h.queue.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.sent).toEqual(['新建幼儿园10所。', '新建幼儿园10所。']);
    await h.resolve();
    expect(h.queue.current.kind).toBe('saved');
    expect(h.copy.value).toBeNull();
  });

  it('flush reports a failure to whoever waits for it', async () => {
    const h = harness();
    h.queue.update('x');
    const done = h.queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    await h.reject('磁盘已满');
    await expect(done).resolves.toBe(false);
  });

  it('a document equal to the saved one is not sent again', async () => {
    const h = harness(JSON.stringify('原文'));
    h.queue.update('原文');
    await expect(h.queue.flush()).resolves.toBe(true);
    expect(h.sent).toEqual([]);
    expect(h.queue.current.kind).toBe('saved');
  });

  it('the page going away writes the unsaved document to the local copy at once', () => {
    const h = harness();
    h.queue.update('刚输入的内容');
    h.queue.stash();
    expect(h.copy.value).toBe(JSON.stringify('刚输入的内容'));
  });

  it('a restored version replaces what a late save would have said', async () => {
    const h = harness();
    h.queue.update('旧');
    void h.queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    h.queue.reset(JSON.stringify('恢复的版本'));
    await h.resolve();
    expect(h.queue.current.kind).toBe('saved');
    expect(h.queue.hasUnsaved()).toBe(false);
  });
});

describe('the editor document handed to autosave', () => {
  it('is exported to JSON once per state, however often a save asks for it', async () => {
    const { plainDocument } = await import('../../../renderer/src/plan/useAutosave');
    let exports = 0;
    const state = { toJSON: () => ({ root: { type: 'root', children: [], n: ++exports } }) };
    const first = plainDocument(state);
    expect(plainDocument(state)).toBe(first);
    expect(JSON.stringify(plainDocument(state))).toBe('{"root":{"type":"root","children":[],"n":1}}');
    expect(exports).toBe(1);
    expect(plainDocument({ root: 'plain' })).toEqual({ root: 'plain' });
  });
});
