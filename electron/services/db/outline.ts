// SQL for the derived outline rows and the units catalogue.
import type { Database } from 'better-sqlite3';
import type { OutlineEntry } from '../../../shared/outline/derive';

interface OutlineRow {
  id: string;
  parent_id: string | null;
  level: 1 | 2 | 3 | 4;
  position: number;
  lead: string;
  text: string;
  deadline: string;
}

/** Replaces the plan's outline rows with `entries`, keeping rows (and their links) whose uid survives. */
export function replaceOutline(db: Database, planId: string, entries: readonly OutlineEntry[], now: string): void {
  const keep = new Set(entries.map((e) => e.uid));
  // Parents are set again below. Detached first, a section that goes does not take along (by the
  // parent_id cascade) the rows of items that stay, nor their links to targets.
  db.prepare('UPDATE outline_nodes SET parent_id = NULL WHERE plan_id = ?').run(planId);
  const existing = db.prepare('SELECT id FROM outline_nodes WHERE plan_id = ?').pluck().all(planId) as string[];
  const remove = db.prepare('DELETE FROM outline_nodes WHERE id = ?');
  for (const id of existing) if (!keep.has(id)) remove.run(id);

  // Parents first would be needed for the FK; positions are in document order, so parents precede children.
  const upsert = db.prepare(
    `INSERT INTO outline_nodes (id, plan_id, parent_id, level, position, lead, text, deadline)
     VALUES (@uid, @planId, NULL, @level, @position, @lead, @text, @deadline)
     ON CONFLICT(id) DO UPDATE SET plan_id = excluded.plan_id, parent_id = NULL, level = excluded.level,
       position = excluded.position, lead = excluded.lead, text = excluded.text, deadline = excluded.deadline`,
  );
  const setParent = db.prepare('UPDATE outline_nodes SET parent_id = ? WHERE id = ?');
  for (const e of entries) upsert.run({ ...e, planId });
  for (const e of entries) if (e.parentUid) setParent.run(e.parentUid, e.uid);

  db.prepare('DELETE FROM outline_node_units WHERE node_id IN (SELECT id FROM outline_nodes WHERE plan_id = ?)').run(planId);
  const addUnit = db.prepare('INSERT OR IGNORE INTO outline_node_units (node_id, unit_id, role, position) VALUES (?, ?, ?, ?)');
  const unitIds = new Map<string, number>(); // the same few units recur on most items
  const unitId = (name: string) => {
    let id = unitIds.get(name);
    if (id === undefined) unitIds.set(name, (id = ensureUnit(db, name, now)));
    return id;
  };
  for (const e of entries) {
    e.units.lead.forEach((name, i) => addUnit.run(e.uid, unitId(name), 'lead', i));
    e.units.responsible.forEach((name, i) => addUnit.run(e.uid, unitId(name), 'responsible', i));
  }
}

/** The id of the unit with this name, adding it to the catalogue if new. */
export function ensureUnit(db: Database, name: string, now: string): number {
  const trimmed = name.trim();
  db.prepare('INSERT INTO units (name, created_at) VALUES (?, ?) ON CONFLICT(name) DO NOTHING').run(trimmed, now);
  return db.prepare('SELECT id FROM units WHERE name = ?').pluck().get(trimmed) as number;
}

export function listUnitNames(db: Database): string[] {
  return db.prepare('SELECT name FROM units ORDER BY name').pluck().all() as string[];
}

export interface StoredOutlineRow {
  uid: string;
  parentUid: string | null;
  level: 1 | 2 | 3 | 4;
  position: number;
  lead: string;
  text: string;
  deadline: string;
  units: { lead: string[]; responsible: string[] };
}

export function listOutline(db: Database, planId: string): StoredOutlineRow[] {
  const rows = db
    .prepare('SELECT id, parent_id, level, position, lead, text, deadline FROM outline_nodes WHERE plan_id = ? ORDER BY position')
    .all(planId) as OutlineRow[];
  const unitRows = db
    .prepare(
      `SELECT ou.node_id, ou.role, u.name FROM outline_node_units ou JOIN units u ON u.id = ou.unit_id
       JOIN outline_nodes n ON n.id = ou.node_id WHERE n.plan_id = ? ORDER BY ou.position`,
    )
    .all(planId) as { node_id: string; role: 'lead' | 'responsible'; name: string }[];
  const units = new Map<string, { lead: string[]; responsible: string[] }>();
  for (const r of unitRows) {
    const u = units.get(r.node_id) ?? { lead: [], responsible: [] };
    u[r.role].push(r.name);
    units.set(r.node_id, u);
  }
  return rows.map((r) => ({
    uid: r.id,
    parentUid: r.parent_id,
    level: r.level,
    position: r.position,
    lead: r.lead,
    text: r.text,
    deadline: r.deadline,
    units: units.get(r.id) ?? { lead: [], responsible: [] },
  }));
}
