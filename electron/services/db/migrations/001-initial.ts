// Schema version 1: the tables of DESIGN.md.
import type { Database } from 'better-sqlite3';

export function updateToSchemaVersion1(db: Database): void {
  db.exec(`
    CREATE TABLE plans (
      id TEXT PRIMARY KEY,
      year INTEGER NOT NULL,
      title TEXT NOT NULL,
      organ TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL CHECK (kind IN ('工作要点', '工作思路', '规划')),
      status TEXT NOT NULL DEFAULT '草稿' CHECK (status IN ('草稿', '征求意见稿', '送审稿', '定稿', '已印发')),
      numbering_mode TEXT NOT NULL DEFAULT 'continuous' CHECK (numbering_mode IN ('continuous', 'restart')),
      document_json TEXT,
      notice_doc_number TEXT NOT NULL DEFAULT '',
      notice_title TEXT NOT NULL DEFAULT '',
      notice_recipients TEXT NOT NULL DEFAULT '',
      notice_signers_json TEXT NOT NULL DEFAULT '[]',
      notice_date TEXT NOT NULL DEFAULT '',
      notice_note TEXT NOT NULL DEFAULT '',
      notice_cc TEXT NOT NULL DEFAULT '',
      notice_printer TEXT NOT NULL DEFAULT '',
      notice_print_date TEXT NOT NULL DEFAULT '',
      carried_from_plan_id TEXT REFERENCES plans(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX plans_deleted_at ON plans(deleted_at);

    CREATE TABLE units (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    );

    -- Derived from the plan's document on every save; ids are the stable uuids kept on the editor nodes.
    CREATE TABLE outline_nodes (
      id TEXT PRIMARY KEY,
      plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      parent_id TEXT REFERENCES outline_nodes(id) ON DELETE CASCADE,
      level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
      position INTEGER NOT NULL,
      lead TEXT NOT NULL DEFAULT '',
      text TEXT NOT NULL DEFAULT '',
      deadline TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX outline_nodes_plan ON outline_nodes(plan_id, position);

    CREATE TABLE outline_node_units (
      node_id TEXT NOT NULL REFERENCES outline_nodes(id) ON DELETE CASCADE,
      unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
      role TEXT NOT NULL CHECK (role IN ('lead', 'responsible')),
      position INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (node_id, unit_id, role)
    );

    CREATE TABLE indicators (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      measure_unit TEXT NOT NULL DEFAULT '',
      attribute TEXT NOT NULL DEFAULT '预期性' CHECK (attribute IN ('预期性', '约束性')),
      direction TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
      created_at TEXT NOT NULL,
      UNIQUE (name, measure_unit)
    );

    CREATE TABLE targets (
      id INTEGER PRIMARY KEY,
      plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE RESTRICT,
      baseline_value REAL,
      baseline_year INTEGER,
      target_value REAL,
      target_value_max REAL,
      comparator TEXT NOT NULL DEFAULT '≥' CHECK (comparator IN ('≥', '≤', '=', '>', '<', '以上', '以内', '区间')),
      deadline TEXT NOT NULL DEFAULT '',
      source_sentence TEXT NOT NULL DEFAULT '',
      lead_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX targets_plan ON targets(plan_id);
    CREATE INDEX targets_indicator ON targets(indicator_id);

    CREATE TABLE target_links (
      node_id TEXT NOT NULL REFERENCES outline_nodes(id) ON DELETE CASCADE,
      target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
      PRIMARY KEY (node_id, target_id)
    );
    CREATE INDEX target_links_target ON target_links(target_id);

    CREATE TABLE measurements (
      id INTEGER PRIMARY KEY,
      target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
      period TEXT NOT NULL,
      value REAL,
      note TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL DEFAULT '',
      entered_by TEXT NOT NULL DEFAULT '',
      entered_at TEXT NOT NULL,
      UNIQUE (target_id, period)
    );

    CREATE TABLE revisions (
      id INTEGER PRIMARY KEY,
      plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      document_json TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX revisions_plan ON revisions(plan_id, created_at);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value_json TEXT NOT NULL
    );
  `);
}
