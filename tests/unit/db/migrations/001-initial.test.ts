import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { updateToSchemaVersion1 } from '../../../../electron/services/db/migrations/001-initial';
import { openDatabase } from '../../../../electron/services/db/open';
import { tmpDbPath } from '../../helpers/tmp';

const TABLES = [
  'indicators',
  'measurements',
  'outline_node_units',
  'outline_nodes',
  'plans',
  'revisions',
  'settings',
  'target_links',
  'targets',
  'units',
];

describe('schema version 1', () => {
  it('creates the tables of the design from an empty database', () => {
    const db = new Database(':memory:');
    updateToSchemaVersion1(db);
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
      (r) => r.name,
    );
    expect(names).toEqual(TABLES);
  });

  it('a new database file is at version 1 and keeps plans, targets and measurements together', () => {
    const file = tmpDbPath();
    const db = openDatabase(file, { targetVersion: 1 });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const now = '2025-01-01T00:00:00.000Z';
    db.prepare("INSERT INTO plans (id, year, title, kind, created_at, updated_at) VALUES ('p1', 2025, '2025年工作要点', '工作要点', ?, ?)").run(now, now);
    db.prepare("INSERT INTO outline_nodes (id, plan_id, level, position, lead) VALUES ('n1', 'p1', 3, 0, '建立首课教育基地。')").run();
    db.prepare("INSERT INTO indicators (id, name, measure_unit, created_at) VALUES (1, '首课教育基地', '个', ?)").run(now);
    db.prepare("INSERT INTO targets (id, plan_id, indicator_id, target_value, created_at, updated_at) VALUES (1, 'p1', 1, 50, ?, ?)").run(now, now);
    db.prepare("INSERT INTO target_links (node_id, target_id) VALUES ('n1', 1)").run();
    db.prepare("INSERT INTO measurements (target_id, period, value, entered_at) VALUES (1, '2025-Q1', 12, ?)").run(now);

    // A plan kind outside 工作要点/工作思路/规划 is refused by the schema itself.
    expect(() =>
      db.prepare("INSERT INTO plans (id, year, title, kind, created_at, updated_at) VALUES ('p2', 2025, 'x', '通知', ?, ?)").run(now, now),
    ).toThrow();

    // Purging a plan removes what hangs from it; the indicator catalogue stays (it spans years).
    db.prepare("DELETE FROM plans WHERE id = 'p1'").run();
    const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect([count('outline_nodes'), count('targets'), count('target_links'), count('measurements')]).toEqual([0, 0, 0, 0]);
    expect(count('indicators')).toBe(1);
    db.close();
  });
});
