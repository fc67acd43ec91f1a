// Opening the SQLite file: refuse what is not ours or is too new, then set pragmas and migrate.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as DB } from 'better-sqlite3';
import { PlanDeskError } from '../../../shared/api/errors';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations/index';

/** PRAGMA application_id of a PlanDesk database: 'PLDK' in ASCII. */
export const PLANDESK_APPLICATION_ID = 0x504c444b;
const SQLITE_HEADER = 'SQLite format 3\u0000';

interface FileCheck {
  applicationId: number;
  userVersion: number;
  objectCount: number;
}

/** Reads what is needed to judge an existing file, without changing a byte of it. */
function inspectExisting(file: string): FileCheck | null {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return null; // no file yet: it will be created
  }
  if (size === 0) return null;
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) throw notPlanDesk(file);
  let ro: DB | undefined;
  try {
    ro = new Database(file, { readonly: true, fileMustExist: true });
    return {
      applicationId: ro.pragma('application_id', { simple: true }) as number,
      userVersion: ro.pragma('user_version', { simple: true }) as number,
      objectCount: (ro.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n,
    };
  } catch (e) {
    if (e instanceof PlanDeskError) throw e;
    throw notPlanDesk(file);
  } finally {
    ro?.close();
  }
}

function notPlanDesk(file: string): PlanDeskError {
  return new PlanDeskError(
    'NOT_A_PLANDESK_DATABASE',
    `文件“${file}”不是 PlanDesk 的数据文件，已拒绝打开，文件未作任何改动。请选择 PlanDesk 创建的数据文件。`,
  );
}

function tooNew(file: string, version: number): PlanDeskError {
  return new PlanDeskError(
    'DATABASE_TOO_NEW',
    `数据文件“${file}”由更新版本的 PlanDesk 写入（数据版本 ${version}），本程序只能打开数据版本 ${LATEST_SCHEMA_VERSION} 及以下的文件。请升级 PlanDesk 后再打开，文件未作任何改动。`,
  );
}

export interface OpenOptions {
  /** Stop at this schema version (tests of a single migration). Defaults to the latest. */
  targetVersion?: number;
}

/** Opens (creating if needed) a PlanDesk database and brings it to the latest schema. */
export function openDatabase(file: string, opts: OpenOptions = {}): DB {
  const existing = inspectExisting(file);
  if (existing) {
    const isEmpty = existing.objectCount === 0 && existing.userVersion === 0 && existing.applicationId === 0;
    if (!isEmpty && existing.applicationId !== PLANDESK_APPLICATION_ID) throw notPlanDesk(file);
    if (existing.userVersion > LATEST_SCHEMA_VERSION) throw tooNew(file, existing.userVersion);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    if ((db.pragma('application_id', { simple: true }) as number) !== PLANDESK_APPLICATION_ID) {
      db.pragma(`application_id = ${PLANDESK_APPLICATION_ID}`);
    }
    migrate(db, opts.targetVersion ?? LATEST_SCHEMA_VERSION);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

export function schemaVersion(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number;
}
