// The question when items with targets are deleted in the editor: asked after the change, gone when
// undo brings the items back, 保留 applied with the next save (so an undo before it keeps every
// link), 删除 at once; targets still linked to other items are only unlinked.
import { describe, expect, it } from 'vitest';
import type { Target } from '../../../shared/api/indicators';
import { DeletedItemsGuard, type DeletionQuestion } from '../../../renderer/src/plan/deletedItems';

const block = (uid: string, label = uid) => ({ uid, label, lead: `${uid}的引导句。` });
const target = (id: number, ...uids: string[]): Target =>
  ({ id, name: `指标${id}`, items: uids.map((uid) => ({ uid, label: uid, lead: '', sectionUid: null })) }) as unknown as Target;

function setup() {
  const calls: string[] = [];
  let shown: DeletionQuestion | null = null;
  let changed = 0;
  const guard = new DeletedItemsGuard(
    {
      resolveItems: async (uids, decisions) => void calls.push(`resolve ${uids.join(',')} ${decisions.map((d) => `${d.targetId}:${d.action}`).join(' ')}`),
      deleteTarget: async (id) => void calls.push(`delete ${id}`),
      linkTarget: async (id, uid) => void calls.push(`link ${id} ${uid}`),
    },
    (q) => (shown = q),
    () => changed++,
  );
  return { guard, calls, shown: () => shown, changed: () => changed };
}

const all = [block('a'), block('b'), block('c')];
const targets = [target(1, 'b'), target(2, 'b', 'c'), target(3, 'c')];

describe('deleting items with targets', () => {
  it('asks about the targets of the items that went, naming the items they still belong to', () => {
    const t = setup();
    t.guard.blocksChanged(all, [block('a'), block('c')], targets);
    expect(t.shown()!.gone.map((g) => g.uid)).toEqual(['b']);
    expect(t.shown()!.targets.map((a) => [a.target.id, a.otherUids])).toEqual([
      [1, []],
      [2, ['c']],
    ]);
  });

  it('asks nothing when the items that went had no targets', () => {
    const t = setup();
    t.guard.blocksChanged(all, [block('b'), block('c')], targets);
    expect(t.shown()).toBeNull();
  });

  it('drops the question when undo (or pasting the cut item) brings the item back', () => {
    const t = setup();
    t.guard.blocksChanged(all, [block('a'), block('c')], targets);
    t.guard.blocksChanged([block('a'), block('c')], all, targets);
    expect(t.shown()).toBeNull();
    expect(t.calls).toEqual([]);
  });

  it('保留 is applied with the next save: links to the gone item removed, targets kept', async () => {
    const t = setup();
    t.guard.blocksChanged(all, [block('a'), block('c')], targets);
    await t.guard.answer('keep');
    expect(t.shown()).toBeNull();
    expect(t.calls).toEqual([]);
    await t.guard.beforeSave(new Set(['a', 'c']));
    expect(t.calls).toEqual(['resolve b 1:keep 2:unlink']);
    expect(t.changed()).toBe(1);
  });

  it('保留 then undo before the save: nothing is applied and every link stays', async () => {
    const t = setup();
    t.guard.blocksChanged(all, [block('a'), block('c')], targets);
    await t.guard.answer('keep');
    t.guard.blocksChanged([block('a'), block('c')], all, targets);
    await t.guard.beforeSave(new Set(['a', 'b', 'c']));
    expect(t.calls).toEqual([]);
  });

  it('删除 deletes the targets only the gone item had, at once; shared ones are unlinked', async () => {
    const t = setup();
    t.guard.blocksChanged(all, [block('a')], targets);
    expect(t.shown()!.targets.map((a) => a.target.id)).toEqual([1, 2, 3]);
    await t.guard.answer('delete');
    expect(t.calls).toEqual(['resolve b,c 1:delete 2:delete 3:delete']);
    expect(t.shown()).toBeNull();
    expect(t.changed()).toBe(1);
  });

  it('a save before the answer keeps the question; 删除 then deletes by id, 保留 needs nothing more', async () => {
    const t = setup();
    t.guard.blocksChanged(all, [block('a'), block('c')], targets);
    await t.guard.beforeSave(new Set(['a', 'c']));
    expect(t.shown()!.saved).toBe(true);
    expect(t.calls).toEqual([]);
    await t.guard.answer('delete');
    expect(t.calls).toEqual(['delete 1']);

    const u = setup();
    u.guard.blocksChanged(all, [block('a'), block('c')], targets);
    await u.guard.beforeSave(new Set(['a', 'c']));
    await u.guard.answer('keep');
    await u.guard.beforeSave(new Set(['a', 'c']));
    expect(u.calls).toEqual([]);
    expect(u.shown()).toBeNull();
  });

  it('a save before the answer, then undo: the item comes back and its links are made again after the next save', async () => {
    const t = setup();
    t.guard.blocksChanged(all, [block('a'), block('c')], targets);
    await t.guard.beforeSave(new Set(['a', 'c'])); // the save removes b's links with its outline row
    t.guard.blocksChanged([block('a'), block('c')], all, targets);
    expect(t.shown()).toBeNull();
    await t.guard.beforeSave(new Set(['a', 'b', 'c']));
    expect(t.calls).toEqual([]);
    await t.guard.afterSave(new Set(['a', 'b', 'c']));
    expect(t.calls).toEqual(['link 1 b', 'link 2 b']);
    expect(t.changed()).toBe(1);
    // Only once.
    await t.guard.afterSave(new Set(['a', 'b', 'c']));
    expect(t.calls).toHaveLength(2);
  });

  it('answered after the save, nothing is linked again when the item comes back', async () => {
    const t = setup();
    t.guard.blocksChanged(all, [block('a'), block('c')], targets);
    await t.guard.beforeSave(new Set(['a', 'c']));
    await t.guard.answer('keep');
    t.guard.blocksChanged([block('a'), block('c')], all, targets);
    await t.guard.afterSave(new Set(['a', 'b', 'c']));
    expect(t.calls).toEqual([]);
  });

  it('a second deletion before the answer joins the same question', () => {
    const t = setup();
    t.guard.blocksChanged(all, [block('a'), block('c')], targets);
    t.guard.blocksChanged([block('a'), block('c')], [block('a')], targets);
    expect(t.shown()!.gone.map((g) => g.uid)).toEqual(['b', 'c']);
    expect(t.shown()!.targets.map((a) => [a.target.id, a.otherUids])).toEqual([
      [1, []],
      [2, []],
      [3, []],
    ]);
  });
});
