// SQL for plans. A small typed surface; nothing else in the app writes these tables' SQL.
import type { Database } from 'better-sqlite3';
import type { Notice, Plan, PlanSummary, TrashedPlan } from '../../../shared/api/contract';
import type { NumberingMode, PlanKind, PlanStatus } from '../../../shared/domain/plan';
import { trashPurgeDate } from '../../../shared/domain/plan';

interface PlanRow {
  id: string;
  year: number;
  title: string;
  organ: string;
  kind: PlanKind;
  status: PlanStatus;
  numbering_mode: NumberingMode;
  document_json: string | null;
  notice_doc_number: string;
  notice_title: string;
  notice_recipients: string;
  notice_signers_json: string;
  notice_date: string;
  notice_note: string;
  notice_cc: string;
  notice_printer: string;
  notice_print_date: string;
  carried_from_plan_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

function toSummary(row: PlanRow): PlanSummary {
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    organ: row.organ,
    kind: row.kind,
    status: row.status,
    updatedAt: row.updated_at,
  };
}

function toNotice(row: PlanRow): Notice {
  return {
    docNumber: row.notice_doc_number,
    title: row.notice_title,
    recipients: row.notice_recipients,
    signers: JSON.parse(row.notice_signers_json) as string[],
    date: row.notice_date,
    note: row.notice_note,
    cc: row.notice_cc,
    printer: row.notice_printer,
    printDate: row.notice_print_date,
  };
}

function toPlan(row: PlanRow): Plan {
  return {
    ...toSummary(row),
    createdAt: row.created_at,
    numberingMode: row.numbering_mode,
    document: row.document_json === null ? null : (JSON.parse(row.document_json) as unknown),
    notice: toNotice(row),
    carriedFromPlanId: row.carried_from_plan_id,
  };
}

function toTrashed(row: PlanRow): TrashedPlan {
  const deletedAt = row.deleted_at ?? row.updated_at;
  return { ...toSummary(row), deletedAt, purgeAt: trashPurgeDate(deletedAt) };
}

export interface NewPlanRow {
  id: string;
  year: number;
  title: string;
  organ: string;
  kind: PlanKind;
  numberingMode: NumberingMode;
  now: string;
}

export function insertPlan(db: Database, p: NewPlanRow): void {
  db.prepare(
    `INSERT INTO plans (id, year, title, organ, kind, numbering_mode, created_at, updated_at)
     VALUES (@id, @year, @title, @organ, @kind, @numberingMode, @now, @now)`,
  ).run(p);
}

/** A live (not deleted) plan, or undefined. */
export function getPlanById(db: Database, id: string): Plan | undefined {
  const row = db.prepare('SELECT * FROM plans WHERE id = ? AND deleted_at IS NULL').get(id) as PlanRow | undefined;
  return row && toPlan(row);
}

export function getTrashedPlanById(db: Database, id: string): TrashedPlan | undefined {
  const row = db.prepare('SELECT * FROM plans WHERE id = ? AND deleted_at IS NOT NULL').get(id) as PlanRow | undefined;
  return row && toTrashed(row);
}

/** Live plans, newest year first, then most recently changed. */
export function listPlans(db: Database): PlanSummary[] {
  const rows = db
    .prepare('SELECT * FROM plans WHERE deleted_at IS NULL ORDER BY year DESC, updated_at DESC, title')
    .all() as PlanRow[];
  return rows.map(toSummary);
}

export function listTrashedPlans(db: Database): TrashedPlan[] {
  const rows = db
    .prepare('SELECT * FROM plans WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC')
    .all() as PlanRow[];
  return rows.map(toTrashed);
}

export function updatePlanTitle(db: Database, id: string, title: string, now: string): boolean {
  return (
    db.prepare('UPDATE plans SET title = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL').run(title, now, id)
      .changes === 1
  );
}

export function updatePlanInfo(
  db: Database,
  id: string,
  info: { title: string; year: number; kind: string; organ: string; status: string },
  now: string,
): boolean {
  return (
    db
      .prepare('UPDATE plans SET title = @title, year = @year, kind = @kind, organ = @organ, status = @status, updated_at = @now WHERE id = @id AND deleted_at IS NULL')
      .run({ ...info, now, id }).changes === 1
  );
}

export function markPlanDeleted(db: Database, id: string, now: string): boolean {
  return db.prepare('UPDATE plans SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now, id).changes === 1;
}

export function clearPlanDeleted(db: Database, id: string, now: string): boolean {
  return (
    db.prepare('UPDATE plans SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(now, id)
      .changes === 1
  );
}

/** Removes a deleted plan for good, with everything that cascades from it. */
export function deletePlanRow(db: Database, id: string): boolean {
  const gone = db.prepare('DELETE FROM plans WHERE id = ? AND deleted_at IS NOT NULL').run(id).changes === 1;
  if (gone) deleteOrphanPlanSettings(db);
  return gone;
}

/**
 * Per-plan settings are keyed `<name>:<planId>` (e.g. export:<planId>); they go with their plan.
 * The settings table has no foreign key, so this is the one place that keeps it clean.
 */
function deleteOrphanPlanSettings(db: Database): void {
  db.prepare(
    `DELETE FROM settings WHERE key GLOB '*:????????-????-????-????-????????????'
       AND substr(key, length(key) - 35) NOT IN (SELECT id FROM plans)`,
  ).run();
}

/** Removes plans deleted before `cutoff` (ISO); returns how many. */
export function deletePlansDeletedBefore(db: Database, cutoff: string): number {
  const n = db.prepare('DELETE FROM plans WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(cutoff).changes;
  if (n > 0) deleteOrphanPlanSettings(db);
  return n;
}

/** Stores the issuing-notice fields (and the issuing organ) of a plan. */
export function updatePlanNotice(db: Database, id: string, notice: Notice, now: string): boolean {
  return (
    db
      .prepare(
        `UPDATE plans SET notice_doc_number = @docNumber, notice_title = @title, notice_recipients = @recipients,
           notice_signers_json = @signersJson, notice_date = @date, notice_note = @note, notice_cc = @cc,
           notice_printer = @printer, notice_print_date = @printDate, updated_at = @now
         WHERE id = @id AND deleted_at IS NULL`,
      )
      .run({
        docNumber: notice.docNumber,
        title: notice.title,
        recipients: notice.recipients,
        signersJson: JSON.stringify(notice.signers),
        date: notice.date,
        note: notice.note,
        cc: notice.cc,
        printer: notice.printer,
        printDate: notice.printDate,
        now,
        id,
      }).changes === 1
  );
}

/** Records the plan a draft was carried forward from. */
export function setPlanCarriedFrom(db: Database, id: string, fromId: string): void {
  db.prepare('UPDATE plans SET carried_from_plan_id = ? WHERE id = ?').run(fromId, id);
}
