import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../electron/api/dispatcher';
import { LATEST_SCHEMA_VERSION } from '../../../electron/services/db/migrations/index';
import { openServices, type Services } from '../../../electron/services/index';
import { tmpDbPath } from '../helpers/tmp';

let services: Services;
let api: Dispatcher;
const planRows = () => (services.db.prepare('SELECT count(*) AS n FROM plans').get() as { n: number }).n;

beforeEach(() => {
  services = openServices({ dbPath: tmpDbPath(), mode: 'cli' });
  api = createDispatcher(services);
});
afterEach(() => services.close());

async function refused(method: string, input: unknown) {
  const r = await api.dispatch(method, input);
  if (r.ok) throw new Error(`expected ${method} to be refused`);
  return r.error;
}

describe('the dispatcher', () => {
  it('creates a plan from valid input and returns it', async () => {
    const r = await api.dispatch('plans.create', { year: 2025, title: '  2025年工作要点 ', organ: '泰安市教育局' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.result).toMatchObject({ title: '2025年工作要点', organ: '泰安市教育局' });
    expect(planRows()).toBe(1);
  });

  it('refuses wrong types with a Chinese sentence and writes nothing', async () => {
    const e = await refused('plans.create', { year: '二〇二五', title: 42 });
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('年度必须是数字');
    expect(e.message).toContain('标题必须是文本');
    expect(planRows()).toBe(0);
  });

  it('修改信息 refuses a status it does not know in Chinese, and the plan stays as it was', async () => {
    const created = await api.dispatch('plans.create', { year: 2025, title: '2025年工作要点' });
    if (!created.ok) throw new Error('plan not created');
    const { id } = created.result as { id: string };
    const e = await refused('plans.update', { id, title: '改过的标题', status: '已归档' });
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('状态只能是 草稿、');
    const plan = await api.dispatch('plans.get', { id });
    if (plan.ok) expect(plan.result).toMatchObject({ title: '2025年工作要点', status: '草稿' });
  });

  it('refuses missing fields and fields it does not know, writing nothing', async () => {
    expect((await refused('plans.create', { year: 2025 })).message).toContain('标题');
    const e = await refused('plans.create', { year: 2025, title: '2025年工作要点', deletedAt: 'now' });
    expect(e.message).toContain('不认识的字段：deletedAt');
    expect((await refused('plans.create', null)).code).toBe('INVALID_INPUT');
    expect(planRows()).toBe(0);
  });

  it('refuses a 10 MB title before validating it, writing nothing', async () => {
    const e = await refused('plans.create', { year: 2025, title: '要'.repeat(10 * 1024 * 1024) });
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.message).toContain('内容过大');
    expect(planRows()).toBe(0);
  });

  it('refuses an over-long title and a year out of range', async () => {
    expect((await refused('plans.create', { year: 2025, title: '长'.repeat(201) })).message).toContain('不能超过 200 个字');
    expect((await refused('plans.create', { year: 1999, title: 'x' })).message).toContain('不能早于 2000 年');
    expect(planRows()).toBe(0);
  });

  it('refuses an unknown method', async () => {
    const e = await refused('plans.drop', {});
    expect(e).toEqual({ code: 'UNKNOWN_METHOD', message: '不支持的操作：plans.drop。' });
  });

  it('answers a missing plan with NOT_FOUND in Chinese', async () => {
    const e = await refused('plans.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(e).toEqual({ code: 'NOT_FOUND', message: '找不到这份工作要点，它可能已被删除。' });
  });

  it('rename, delete, trash, restore and purge go through the same contract', async () => {
    const created = await api.dispatch('plans.create', { year: 2025, title: '草稿' });
    if (!created.ok) throw new Error('create failed');
    const { id } = created.result as { id: string };
    expect(await api.dispatch('plans.rename', { id, title: '2025年工作要点' })).toMatchObject({ ok: true, result: { title: '2025年工作要点' } });
    expect(await api.dispatch('plans.delete', { id })).toMatchObject({ ok: true, result: { id } });
    expect(await api.dispatch('plans.list', {})).toEqual({ ok: true, result: [] });
    expect(await api.dispatch('plans.trash', {})).toMatchObject({ ok: true, result: [{ id }] });
    expect(await api.dispatch('plans.restore', { id })).toMatchObject({ ok: true, result: { id } });
    await api.dispatch('plans.delete', { id });
    expect(await api.dispatch('plans.purge', { id })).toEqual({ ok: true, result: { id } });
    expect(planRows()).toBe(0);
  });

  it('app.info says where the data file is', async () => {
    const r = await api.dispatch('app.info', {});
    expect(r).toMatchObject({ ok: true, result: { dbPath: services.dbPath, schemaVersion: LATEST_SCHEMA_VERSION, mode: 'cli', appName: '工作要点编制台' } });
  });
});
