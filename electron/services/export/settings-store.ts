// Export settings remembered per plan, in the settings table (key export:<planId>); no migration.
import type { Database } from 'better-sqlite3';
import type { ExportSettings } from '../../../shared/official/settings';

const key = (planId: string) => `export:${planId}`;

/** The stored JSON, or undefined if the plan was never exported. Unreadable JSON counts as none. */
export function readStoredSettings(db: Database, planId: string): unknown {
  const raw = db.prepare('SELECT value_json FROM settings WHERE key = ?').pluck().get(key(planId)) as string | undefined;
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

export function writeSettings(db: Database, planId: string, settings: ExportSettings): void {
  db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json').run(
    key(planId),
    JSON.stringify(settings),
  );
}

/**
 * Keeps the paragraph of an imported issuing notice (现将《…》印发给你们…) as the plan's notice body,
 * leaving every other remembered setting as it is.
 */
export function rememberNoticeBody(db: Database, planId: string, body: string): void {
  const stored = readStoredSettings(db, planId);
  const merged = { ...(typeof stored === 'object' && stored !== null ? stored : {}), noticeBody: body };
  db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json').run(
    key(planId),
    JSON.stringify(merged),
  );
}
