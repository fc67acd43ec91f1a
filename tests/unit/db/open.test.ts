import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PlanDeskError } from '../../../shared/api/errors';
import { LATEST_SCHEMA_VERSION } from '../../../electron/services/db/migrations/index';
import { PLANDESK_APPLICATION_ID, openDatabase } from '../../../electron/services/db/open';
import { sha256, tmpDbPath, tmpDir } from '../helpers/tmp';

function refusal(fn: () => unknown): PlanDeskError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlanDeskError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('opening the database file', () => {
  it('creates the file and its folder, in WAL mode with foreign keys and a busy timeout', () => {
    const file = path.join(tmpDir(), 'nested', 'folder', 'plandesk.db');
    const db = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('application_id', { simple: true })).toBe(PLANDESK_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('reopening keeps what was written', () => {
    const file = tmpDbPath();
    const a = openDatabase(file);
    a.prepare("INSERT INTO settings (key, value_json) VALUES ('k', '1')").run();
    a.close();
    const b = openDatabase(file);
    expect(b.prepare("SELECT value_json FROM settings WHERE key = 'k'").get()).toEqual({ value_json: '1' });
    b.close();
  });

  it('an empty file becomes a PlanDesk database', () => {
    const file = tmpDbPath();
    fs.writeFileSync(file, '');
    openDatabase(file).close();
    const check = new Database(file, { readonly: true });
    expect(check.pragma('application_id', { simple: true })).toBe(PLANDESK_APPLICATION_ID);
    check.close();
  });

  it('a database written by a newer PlanDesk is refused with a clear message and left untouched', () => {
    const file = tmpDbPath();
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const before = sha256(file);
    const e = refusal(() => openDatabase(file));
    expect(e.code).toBe('DATABASE_TOO_NEW');
    expect(e.message).toContain('更新版本的 PlanDesk');
    expect(e.message).toContain('文件未作任何改动');
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(file + '-wal')).toBe(false);
  });

  it('another program’s SQLite file is refused and left untouched', () => {
    const file = tmpDbPath();
    const other = new Database(file);
    other.exec('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (\'张三\');');
    other.close();
    const before = sha256(file);
    const e = refusal(() => openDatabase(file));
    expect(e.code).toBe('NOT_A_PLANDESK_DATABASE');
    expect(e.message).toContain('不是 PlanDesk 的数据文件');
    expect(sha256(file)).toBe(before);
  });

  it('a file that is not SQLite at all is refused and left untouched', () => {
    const file = path.join(tmpDir(), '工作要点.docx');
    fs.writeFileSync(file, 'PK\u0003\u0004 this is a zip, not a database');
    const before = sha256(file);
    const e = refusal(() => openDatabase(file));
    expect(e.code).toBe('NOT_A_PLANDESK_DATABASE');
    expect(sha256(file)).toBe(before);
  });
});
