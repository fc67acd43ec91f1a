import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../electron/services/db/migrations/index';
import { openDatabase } from '../../../../electron/services/db/open';
import { tmpDbPath } from '../../helpers/tmp';

describe('schema upgrades', () => {
  it('every earlier version opens and is brought to the latest, keeping its plans', () => {
    expect(MIGRATIONS.length).toBe(LATEST_SCHEMA_VERSION);
    for (let from = 1; from <= LATEST_SCHEMA_VERSION; from++) {
      const file = tmpDbPath();
      const old = openDatabase(file, { targetVersion: from });
      old
        .prepare("INSERT INTO plans (id, year, title, kind, created_at, updated_at) VALUES ('p', 2024, '2024年工作要点', '工作要点', 'x', 'x')")
        .run();
      old.close();
      const db = openDatabase(file);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare("SELECT title FROM plans WHERE id = 'p'").get()).toEqual({ title: '2024年工作要点' });
      db.close();
    }
  });
});
