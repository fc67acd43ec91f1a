// Schema version 2: what indicators need beyond version 1. A target keeps the group of the table it
// came from (基础教育, 职业教育) and the key of the suggestion it was accepted from (so that suggestion
// is not proposed again, even when the user edited the value on accepting); a rejected suggestion
// is remembered per plan and item so it stays rejected.
import type { Database } from 'better-sqlite3';

export function updateToSchemaVersion2(db: Database): void {
  db.exec(`
    ALTER TABLE targets ADD COLUMN group_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE targets ADD COLUMN suggestion_key TEXT NOT NULL DEFAULT '';

    -- item_uid is '' for text above the first heading. No foreign key to outline_nodes: an item that
    -- is deleted and brought back (undo, a restored version) keeps its uid and its rejections.
    CREATE TABLE rejected_suggestions (
      plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      item_uid TEXT NOT NULL DEFAULT '',
      suggestion_key TEXT NOT NULL,
      rejected_at TEXT NOT NULL,
      PRIMARY KEY (plan_id, item_uid, suggestion_key)
    );
  `);
}
