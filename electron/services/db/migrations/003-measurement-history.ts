// Schema version 3: who entered or changed each measurement, and when (填报记录).
// measurements keeps the current value per target and period; measurement_history keeps every
// edit of it, the current one included, so a cell can say 张三 2025年10月8日 14:05 on hover.
import type { Database } from 'better-sqlite3';

export function updateToSchemaVersion3(db: Database): void {
  db.exec(`
    CREATE TABLE measurement_history (
      id INTEGER PRIMARY KEY,
      target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
      period TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('add', 'edit', 'clear')),
      value REAL,
      note TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL DEFAULT '',
      changed_by TEXT NOT NULL DEFAULT '',
      changed_at TEXT NOT NULL,
      -- how the change came in: 填报 (the grid), 命令行, 填报表 <file name>
      via TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX measurement_history_target ON measurement_history(target_id, period, id);

    -- Values entered before this version keep their who/when as their first history entry.
    INSERT INTO measurement_history (target_id, period, action, value, note, source, changed_by, changed_at, via)
      SELECT target_id, period, 'add', value, note, source, entered_by, entered_at, '升级前录入'
      FROM measurements ORDER BY id;
  `);
}
