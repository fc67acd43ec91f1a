// The question asked when sections or items with targets disappear from the document (a selection
// deleted across blocks, Backspace turning an item into a body paragraph, a cut). The change is
// already made (撤销 brings it back); the question is what becomes of the targets:
//   keep:   targets stay (as 未关联, or linked to their other items), applied with the next save
//           through indicators.resolveItems, so an undo before that save finds every link intact;
//   delete: applied at once (targets still linked elsewhere are only unlinked).
// A save that comes before the answer removes the links with the outline rows (the targets then
// show as 未关联); the question stays, and 删除 then deletes the targets by id.
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

  /** The editor was given another document (a version restored): nothing of before is a deletion. */
  reset(): void {
    this.pending = null;
    this.publish();
  }
}
