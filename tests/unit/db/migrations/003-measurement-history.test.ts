import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/services/db/open';
import { tmpDbPath } from '../../helpers/tmp';

describe('schema version 3: measurement history', () => {
  it('a version 2 file with values keeps them and gains their who/when as the first history entry', () => {
    const file = tmpDbPath();
    const old = openDatabase(file, { targetVersion: 2 });
    const now = '2025-04-08T06:05:00.000Z';
    old.prepare("INSERT INTO plans (id, year, title, kind, created_at, updated_at) VALUES ('p1', 2025, '2025年工作要点', '工作要点', ?, ?)").run(now, now);
    old.prepare("INSERT INTO indicators (id, name, measure_unit, created_at) VALUES (1, '学前三年毛入园率', '%', ?)").run(now);
    old.prepare("INSERT INTO targets (id, plan_id, indicator_id, baseline_value, target_value, created_at, updated_at) VALUES (1, 'p1', 1, 88, 90, ?, ?)").run(now, now);
    old
      .prepare("INSERT INTO measurements (target_id, period, value, note, source, entered_by, entered_at) VALUES (1, '2025-Q1', 88.6, '春季学期统计', '学籍系统', 'zhangsan', ?)")
      .run(now);
    old.close();

    const db = openDatabase(file, { targetVersion: 3 });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT period, value, note FROM measurements').all()).toEqual([{ period: '2025-Q1', value: 88.6, note: '春季学期统计' }]);
    expect(db.prepare('SELECT target_id, period, action, value, note, source, changed_by, changed_at, via FROM measurement_history').all()).toEqual([
      {
        target_id: 1,
        period: '2025-Q1',
        action: 'add',
        value: 88.6,
        note: '春季学期统计',
        source: '学籍系统',
        changed_by: 'zhangsan',
        changed_at: now,
        via: '升级前录入',
      },
    ]);

    // History goes with its target; an unknown action is refused by the schema.
    expect(() =>
      db.prepare("INSERT INTO measurement_history (target_id, period, action, changed_at) VALUES (1, '2025-Q2', 'rename', ?)").run(now),
    ).toThrow();
    db.prepare('DELETE FROM targets WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM measurement_history').pluck().get()).toBe(0);
    db.close();
  });
});
