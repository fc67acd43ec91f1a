// The question asked when sections or items with targets disappear from the document (a selection
// deleted across blocks, Backspace turning an item into a body paragraph, a cut). The change is
// already made (撤销 brings it back); the question is what becomes of the targets:
//   keep:   targets stay (as 未关联, or linked to their other items), applied with the next save
//           through indicators.resolveItems, so an undo before that save finds every link intact;
//   delete: applied at once (targets still linked elsewhere are only unlinked).
// A save that comes before the answer (the autosave, or the blur of clicking the question) removes
// the links with the outline rows (the targets then show as 未关联); the question stays, and 删除
// then deletes the targets by id. If the entries come back unanswered (undo, a cut pasted again),
// their links are made again after the save that brings them back.
// No React here: the plan page feeds it the block lists and shows its question.
import type { ItemTargetAction, Target } from '../../../shared/api/indicators';

export interface GoneEntry {
  uid: string;
  label: string;
  lead: string;
}

export interface AffectedTarget {
  target: Target;
  /** Entries still in the document the target also belongs to. */
  otherUids: string[];
}

export interface DeletionQuestion {
  gone: GoneEntry[];
  targets: AffectedTarget[];
  /** A save has happened since: the links to the gone entries are already removed. */
  saved: boolean;
}

export type DeletionChoice = 'keep' | 'delete';

export interface DeletionApi {
  resolveItems(itemUids: string[], decisions: { targetId: number; action: ItemTargetAction }[]): Promise<unknown>;
  deleteTarget(id: number): Promise<unknown>;
  linkTarget(id: number, itemUid: string): Promise<unknown>;
}

interface BlockRef {
  uid: string;
  label: string;
  lead: string;
}

interface Pending extends DeletionQuestion {
  /** Answered 保留, waiting for the next save to apply it. */
  kept: boolean;
}

export class DeletedItemsGuard {
  private pending: Pending | null = null;
  /** Gone entries whose links a save removed before the question was answered: uid -> target ids. */
  private dropped = new Map<string, number[]>();
  /** Entries back in the document whose links are made again after the next save. */
  private relink = new Map<string, number[]>();

  constructor(
    private readonly api: DeletionApi,
    /** The question to show, or null to show none. */
    private readonly show: (q: DeletionQuestion | null) => void,
    /** Targets were deleted or unlinked: the page reads them again. */
    private readonly changed: () => void,
  ) {}

  get question(): DeletionQuestion | null {
    return this.pending && !this.pending.kept ? this.pending : null;
  }

  private publish(): void {
    this.show(this.question);
  }

  /**
   * The editor's sections and items changed from `before` to `after`. Entries that came back
   * (undo, a cut pasted again) leave the question; entries with targets that went join it.
   */
  blocksChanged(before: readonly BlockRef[], after: readonly BlockRef[], targets: readonly Target[]): void {
    const now = new Set(after.map((b) => b.uid));
    for (const [uid, ids] of this.dropped) {
      if (!now.has(uid)) continue;
      this.relink.set(uid, ids);
      this.dropped.delete(uid);
    }
    let dirty = false;
    if (this.pending) {
      const stillGone = this.pending.gone.filter((g) => !now.has(g.uid));
      if (stillGone.length !== this.pending.gone.length) {
        dirty = true;
        this.pending = this.narrow(this.pending, stillGone, now);
      }
    }
    const gone = before.filter((b) => !now.has(b.uid));
    if (gone.length) {
      const goneUids = new Set(gone.map((g) => g.uid));
      const hit = targets.filter((t) => t.items.some((i) => goneUids.has(i.uid)));
      const known = new Set(this.pending?.targets.map((a) => a.target.id));
      const fresh = hit.filter((t) => !known.has(t.id));
      const goneWithTargets = gone.filter((g) => hit.some((t) => t.items.some((i) => i.uid === g.uid)));
      if (goneWithTargets.length) {
        dirty = true;
        const base: Pending = this.pending ?? { gone: [], targets: [], saved: false, kept: false };
        this.pending = {
          ...base,
          kept: false,
          gone: [...base.gone, ...goneWithTargets.map(({ uid, label, lead }) => ({ uid, label, lead }))],
          targets: [...base.targets, ...fresh.map((target) => ({ target, otherUids: [] }))],
        };
        this.pending.targets = this.pending.targets.map((a) => ({ ...a, otherUids: a.target.items.map((i) => i.uid).filter((u) => now.has(u)) }));
      }
    }
    if (dirty) this.publish();
  }

  /** The question without the entries that came back; null when none is left. */
  private narrow(p: Pending, stillGone: GoneEntry[], now: ReadonlySet<string>): Pending | null {
    if (!stillGone.length) return null;
    const uids = new Set(stillGone.map((g) => g.uid));
    const targets = p.targets
      .filter((a) => a.target.items.some((i) => uids.has(i.uid)))
      .map((a) => ({ ...a, otherUids: a.target.items.map((i) => i.uid).filter((u) => now.has(u)) }));
    return targets.length ? { ...p, gone: stillGone, targets } : null;
  }

  private decisions(p: Pending, choice: DeletionChoice): { targetId: number; action: ItemTargetAction }[] {
    return p.targets.map((a) => ({
      targetId: a.target.id,
      action: a.otherUids.length ? 'unlink' : choice === 'delete' ? 'delete' : 'keep',
    }));
  }

  /** The user's answer. 保留 waits for the next save; 删除 is done now. */
  async answer(choice: DeletionChoice): Promise<void> {
    const p = this.pending;
    if (!p) return;
    // Answered: what a save removed is not made again.
    for (const g of p.gone) this.dropped.delete(g.uid);
    if (choice === 'keep') {
      // After a save the links are gone already: nothing is left to do.
      this.pending = p.saved ? null : { ...p, kept: true };
      this.publish();
      return;
    }
    if (p.saved) {
      for (const a of p.targets) if (!a.otherUids.length) await this.api.deleteTarget(a.target.id);
    } else {
      await this.api.resolveItems(
        p.gone.map((g) => g.uid),
        this.decisions(p, 'delete'),
      );
    }
    this.pending = null;
    this.publish();
    this.changed();
  }

  /**
   * Right before the document is saved with the entries `savedUids`: a 保留 answer is applied
   * (while the outline rows still exist), an unanswered question is remembered as saved.
   */
  async beforeSave(savedUids: ReadonlySet<string>): Promise<void> {
    const p = this.pending;
    if (!p) return;
    const stillGone = p.gone.filter((g) => !savedUids.has(g.uid));
    const narrowed = this.narrow(p, stillGone, savedUids);
    if (!narrowed) {
      this.pending = null;
      this.publish();
      return;
    }
    if (!narrowed.kept) {
      // This save removes the links of the gone entries: remember them, in case the entries come back.
      for (const g of narrowed.gone) {
        if (this.dropped.has(g.uid)) continue;
        this.dropped.set(g.uid, narrowed.targets.filter((a) => a.target.items.some((i) => i.uid === g.uid)).map((a) => a.target.id));
      }
      if (!narrowed.saved) {
        this.pending = { ...narrowed, saved: true };
        this.publish();
      }
      return;
    }
    this.pending = null;
    if (!narrowed.saved) {
      await this.api.resolveItems(
        narrowed.gone.map((g) => g.uid),
        this.decisions(narrowed, 'keep'),
      );
    }
    this.changed();
  }

  /** After a save with the entries `savedUids`: entries that came back get their links again. */
  async afterSave(savedUids: ReadonlySet<string>): Promise<void> {
    const due = [...this.relink].filter(([uid]) => savedUids.has(uid));
    if (!due.length) return;
    for (const [uid] of due) this.relink.delete(uid);
    const failures: unknown[] = [];
    for (const [uid, ids] of due) {
      for (const id of ids) {
        // A target deleted meanwhile (in the 指标总表) stays deleted; the others are linked again.
        await this.api.linkTarget(id, uid).catch((e: unknown) => failures.push(e));
      }
    }
    this.changed();
    if (failures.length === due.reduce((n, [, ids]) => n + ids.length, 0)) throw failures[0];
  }

  /** The editor was given another document (a version restored): nothing of before is a deletion. */
  reset(): void {
    this.pending = null;
    this.dropped.clear();
    this.relink.clear();
    this.publish();
  }
}
