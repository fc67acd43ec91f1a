// Saving a plan's document: store the editor JSON and re-derive the outline rows in one transaction.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { OutlineItem, RevisionSummary } from '../../shared/api/contract';
import { PlanDeskError } from '../../shared/api/errors';
import type { NumberingMode } from '../../shared/domain/plan';
import { deriveOutline } from '../../shared/outline/derive';
import { isOutlineBlock, type DocumentLike } from '../../shared/outline/document';
import { numberBlocks } from '../../shared/outline/numbering';
import * as outlineSql from './db/outline';
import type { Clock } from './plans';

function planNotFound(): PlanDeskError {
  return new PlanDeskError('NOT_FOUND', '找不到这份工作要点，它可能已被删除。');
}

export class OutlineService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock = () => new Date(),
  ) {}

  private planRow(planId: string): { numbering_mode: NumberingMode } {
    const row = this.db.prepare('SELECT numbering_mode FROM plans WHERE id = ? AND deleted_at IS NULL').get(planId) as
      | { numbering_mode: NumberingMode }
      | undefined;
    if (!row) throw planNotFound();
    return row;
  }

  /**
   * Gives a fresh uid to a block whose uid repeats one earlier in the document or belongs to
   * another plan (a copy made outside the editor). The editor keeps uids unique; this is the backstop.
   */
  private repairUids(planId: string, doc: DocumentLike): void {
    const seen = new Set<string>();
    const foreign = this.db.prepare('SELECT 1 FROM outline_nodes WHERE id = ? AND plan_id <> ?').pluck();
    for (const node of doc.root.children ?? []) {
      if (!isOutlineBlock(node)) continue;
      if (seen.has(node.uid) || foreign.get(node.uid, planId)) node.uid = randomUUID();
      seen.add(node.uid);
    }
  }

  /** Stores the document and its outline; returns the outline as saved. */
  save(planId: string, doc: DocumentLike, numberingMode?: NumberingMode): OutlineItem[] {
    const now = this.clock().toISOString();
    this.db.transaction(() => {
      const mode = numberingMode ?? this.planRow(planId).numbering_mode;
      this.repairUids(planId, doc);
      this.db
        .prepare('UPDATE plans SET document_json = ?, numbering_mode = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL')
        .run(JSON.stringify(doc), mode, now, planId);
      outlineSql.replaceOutline(this.db, planId, deriveOutline(doc, mode), now);
    })();
    return this.list(planId);
  }

  setNumberingMode(planId: string, mode: NumberingMode): OutlineItem[] {
    this.planRow(planId);
    this.db.prepare('UPDATE plans SET numbering_mode = ?, updated_at = ? WHERE id = ?').run(mode, this.clock().toISOString(), planId);
    return this.list(planId);
  }

  /** The outline in document order, each entry with its label computed now. */
  list(planId: string): OutlineItem[] {
    const { numbering_mode } = this.planRow(planId);
    const rows = outlineSql.listOutline(this.db, planId);
    const numbers = numberBlocks(
      rows.map((r) => r.level),
      numbering_mode,
    );
    return rows.map((r, i) => ({
      uid: r.uid,
      level: r.level,
      parentUid: r.parentUid,
      label: numbers[i]!.marker,
      lead: r.lead,
      text: r.text,
      units: r.units,
      deadline: r.deadline,
    }));
  }

  unitNames(): string[] {
    return outlineSql.listUnitNames(this.db);
  }

  saveRevision(planId: string, name: string): RevisionSummary {
    const doc = this.db.prepare('SELECT document_json FROM plans WHERE id = ? AND deleted_at IS NULL').pluck().get(planId) as
      | string
      | null
      | undefined;
    if (doc === undefined) throw planNotFound();
    if (doc === null) throw new PlanDeskError('CONFLICT', '文档还是空的，没有可保存的版本。');
    const now = this.clock().toISOString();
    const id = this.db
      .prepare('INSERT INTO revisions (plan_id, name, document_json, created_at) VALUES (?, ?, ?, ?)')
      .run(planId, name, doc, now).lastInsertRowid as number;
    return { id, name, createdAt: now };
  }

  listRevisions(planId: string): RevisionSummary[] {
    this.planRow(planId);
    return (
      this.db.prepare('SELECT id, name, created_at FROM revisions WHERE plan_id = ? ORDER BY created_at DESC, id DESC').all(planId) as {
        id: number;
        name: string;
        created_at: string;
      }[]
    ).map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
  }

  /** Makes a named version the current document again (the current one is kept as a version first). */
  restoreRevision(planId: string, revisionId: number): OutlineItem[] {
    const row = this.db.prepare('SELECT name, document_json FROM revisions WHERE id = ? AND plan_id = ?').get(revisionId, planId) as
      | { name: string; document_json: string }
      | undefined;
    if (!row) throw new PlanDeskError('NOT_FOUND', '找不到这个版本，它可能已被删除。');
    const current = this.db.prepare('SELECT document_json FROM plans WHERE id = ?').pluck().get(planId) as string | null;
    if (current !== null) this.saveRevision(planId, `恢复“${row.name}”之前的自动备份`);
    return this.save(planId, JSON.parse(row.document_json) as DocumentLike);
  }
}
