import { describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/services/index';
import { tmpDbPath } from '../helpers/tmp';

function servicesAt(file: string, now: { t: Date }) {
  return openServices({ dbPath: file, mode: 'cli', clock: () => now.t });
}

describe('plans', () => {
  it('a created plan is listed with its year, organ and kind, and a 规划 restarts item numbers', () => {
    const now = { t: new Date('2025-01-10T08:00:00Z') };
    const s = servicesAt(tmpDbPath(), now);
    const plan = s.plans.create({ year: 2025, title: '泰安市教育局2025年工作要点', organ: '泰安市教育局' });
    expect(plan).toMatchObject({ year: 2025, organ: '泰安市教育局', kind: '工作要点', status: '草稿', numberingMode: 'continuous' });
    const guihua = s.plans.create({ year: 2022, title: '杏花岭区“十四五”教育事业发展规划', kind: '规划' });
    expect(guihua.numberingMode).toBe('restart');
    expect(s.plans.list().map((p) => p.title)).toEqual(['泰安市教育局2025年工作要点', '杏花岭区“十四五”教育事业发展规划']);
    s.close();
  });

  it('a plan survives closing and reopening the file', () => {
    const file = tmpDbPath();
    const now = { t: new Date('2025-01-10T08:00:00Z') };
    const a = servicesAt(file, now);
    const { id } = a.plans.create({ year: 2025, title: '2025年工作要点' });
    a.close();
    const b = servicesAt(file, now);
    expect(b.plans.get(id).title).toBe('2025年工作要点');
    b.close();
  });

  it('renaming changes the title and the time of the last change', () => {
    const now = { t: new Date('2025-01-10T08:00:00Z') };
    const s = servicesAt(tmpDbPath(), now);
    const { id } = s.plans.create({ year: 2025, title: '草稿标题' });
    now.t = new Date('2025-01-11T09:30:00Z');
    const renamed = s.plans.rename(id, '2025年全市教育工作要点');
    expect(renamed.title).toBe('2025年全市教育工作要点');
    expect(renamed.updatedAt).toBe('2025-01-11T09:30:00.000Z');
    s.close();
  });

  it('修改信息 changes the fields given and keeps the others, the numbering mode included', () => {
    const now = { t: new Date('2025-01-10T08:00:00Z') };
    const s = servicesAt(tmpDbPath(), now);
    const { id } = s.plans.create({ year: 2025, title: '2025年工作要点', organ: '某某县教育局' });
    now.t = new Date('2025-02-01T02:00:00Z');
    const changed = s.plans.update(id, { year: 2026, organ: '某某县教育和体育局', status: '征求意见稿' });
    expect(changed).toMatchObject({ title: '2025年工作要点', year: 2026, kind: '工作要点', organ: '某某县教育和体育局', status: '征求意见稿', numberingMode: 'continuous' });
    expect(changed.updatedAt).toBe('2025-02-01T02:00:00.000Z');
    expect(s.plans.update(id, { kind: '规划' }).numberingMode).toBe('continuous');
    s.close();
  });

  it('a plan in the recycle list cannot be changed', () => {
    const s = servicesAt(tmpDbPath(), { t: new Date('2025-01-10T08:00:00Z') });
    const { id } = s.plans.create({ year: 2025, title: '2025年工作要点' });
    s.plans.delete(id);
    expect(() => s.plans.update(id, { title: '新标题' })).toThrow('找不到这份工作要点，它可能已被删除。');
    expect(s.plans.trash()[0]!.title).toBe('2025年工作要点');
    s.close();
  });

  it('a deleted plan goes to the recycle list for 30 days and can be restored', () => {
    const now = { t: new Date('2025-03-01T00:00:00Z') };
    const s = servicesAt(tmpDbPath(), now);
    const { id } = s.plans.create({ year: 2025, title: '2025年工作要点' });
    const trashed = s.plans.delete(id);
    expect(trashed.purgeAt).toBe('2025-03-31T00:00:00.000Z');
    expect(s.plans.list()).toEqual([]);
    expect(s.plans.trash().map((p) => p.id)).toEqual([id]);
    expect(() => s.plans.get(id)).toThrow('找不到这份工作要点');
    s.plans.restore(id);
    expect(s.plans.list().map((p) => p.id)).toEqual([id]);
    expect(s.plans.trash()).toEqual([]);
    s.close();
  });

  it('plans older than 30 days in the recycle list are purged when the file is opened, younger ones kept', () => {
    const file = tmpDbPath();
    const now = { t: new Date('2025-03-01T00:00:00Z') };
    const a = servicesAt(file, now);
    const old = a.plans.create({ year: 2024, title: '旧的' });
    const young = a.plans.create({ year: 2025, title: '新的' });
    a.plans.delete(old.id);
    now.t = new Date('2025-03-20T00:00:00Z');
    a.plans.delete(young.id);
    a.close();
    now.t = new Date('2025-04-01T00:00:00Z');
    const b = servicesAt(file, now);
    expect(b.plans.trash().map((p) => p.title)).toEqual(['新的']);
    b.close();
  });

  it('purging removes a plan from the recycle list for good, and only from there', () => {
    const now = { t: new Date('2025-03-01T00:00:00Z') };
    const s = servicesAt(tmpDbPath(), now);
    const { id } = s.plans.create({ year: 2025, title: '2025年工作要点' });
    expect(() => s.plans.purge(id)).toThrow('回收站里没有这份工作要点');
    s.plans.delete(id);
    s.plans.purge(id);
    expect(s.plans.trash()).toEqual([]);
    s.close();
  });

  it('a purged plan takes its remembered export settings with it; other plans keep theirs', () => {
    const now = { t: new Date('2025-03-01T00:00:00Z') };
    const s = servicesAt(tmpDbPath(), now);
    const gone = s.plans.create({ year: 2025, title: '要删除的工作要点' });
    const kept = s.plans.create({ year: 2025, title: '保留的工作要点' });
    const put = s.db.prepare("INSERT INTO settings (key, value_json) VALUES (?, '{}')");
    put.run(`export:${gone.id}`);
    put.run(`export:${kept.id}`);
    put.run('app:lastOpened');
    s.plans.delete(gone.id);
    s.plans.purge(gone.id);
    const keys = s.db.prepare('SELECT key FROM settings ORDER BY key').pluck().all();
    expect(keys).toEqual(['app:lastOpened', `export:${kept.id}`]);
    s.close();
  });
});
