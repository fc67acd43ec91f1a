import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/services/db/open';
import { tmpDbPath } from '../../helpers/tmp';

describe('schema version 2', () => {
  it('a version-1 file with targets opens at version 2, its targets kept with an empty group', () => {
    const file = tmpDbPath();
    const v1 = openDatabase(file, { targetVersion: 1 });
    const now = '2024-05-01T00:00:00.000Z';
    v1.prepare("INSERT INTO plans (id, year, title, kind, created_at, updated_at) VALUES ('p1', 2024, '2024年工作要点', '工作要点', ?, ?)").run(now, now);
    v1.prepare("INSERT INTO outline_nodes (id, plan_id, level, position, lead) VALUES ('n1', 'p1', 3, 0, '改善学校办学条件。')").run();
    v1.prepare("INSERT INTO indicators (id, name, measure_unit, created_at) VALUES (1, '中小学', '所', ?)").run(now);
    v1.prepare("INSERT INTO targets (id, plan_id, indicator_id, target_value, comparator, created_at, updated_at) VALUES (1, 'p1', 1, 11, '≥', ?, ?)").run(now, now);
    v1.prepare("INSERT INTO target_links (node_id, target_id) VALUES ('n1', 1)").run();
    v1.close();

    const db = openDatabase(file, { targetVersion: 2 });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT target_value, comparator, group_name, suggestion_key FROM targets WHERE id = 1').get()).toEqual({ target_value: 11, comparator: '≥', group_name: '', suggestion_key: '' });
    expect(db.prepare('SELECT node_id FROM target_links WHERE target_id = 1').pluck().get()).toBe('n1');

    // A rejection is kept once per plan, item and key, and goes with its plan.
    const reject = db.prepare("INSERT OR IGNORE INTO rejected_suggestions (plan_id, item_uid, suggestion_key, rejected_at) VALUES ('p1', 'n1', '中小学|11||所', ?)");
    reject.run(now);
    reject.run(now);
    expect(db.prepare('SELECT count(*) FROM rejected_suggestions').pluck().get()).toBe(1);
    db.prepare("DELETE FROM plans WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) FROM rejected_suggestions').pluck().get()).toBe(0);
    db.close();
  });
});
