// Schema versions, forward only: one function per version, applied in order inside a transaction.
import type { Database } from 'better-sqlite3';
import { updateToSchemaVersion1 } from './001-initial';
import { updateToSchemaVersion2 } from './002-indicators';
import { updateToSchemaVersion3 } from './003-measurement-history';

export type Migration = (db: Database) => void;

/** MIGRATIONS[n - 1] brings a database from version n - 1 to version n. */
export const MIGRATIONS: readonly Migration[] = [updateToSchemaVersion1, updateToSchemaVersion2, updateToSchemaVersion3];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** Applies every migration above the database's user_version, up to `target`. */
export function migrate(db: Database, target = LATEST_SCHEMA_VERSION): number {
  let version = db.pragma('user_version', { simple: true }) as number;
  while (version < target) {
    const next = version + 1;
    const step = MIGRATIONS[next - 1];
    if (!step) throw new Error(`no migration to schema version ${next}`);
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${next}`);
    })();
    version = next;
  }
  return version;
}
