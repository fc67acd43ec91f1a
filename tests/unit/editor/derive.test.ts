// The editor and the service agree: the outline derived from the saved JSON (shared/outline/derive)
// is the one the editor shows, and an imported document comes back out of the editor unchanged.
import { $getSelection, $isRangeSelection } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { sameJson } from '../../../shared/domain/draft';
import { analyseText, previewToDocument } from '../../../shared/import/index';
import { deriveOutline } from '../../../shared/outline/derive';
import { MOVE_BLOCK_COMMAND, SET_BLOCK_LEVEL_COMMAND, SET_ITEM_META_COMMAND } from '../../../renderer/src/editor/outline/commands';
import { seed, SEEDS } from '../import/helpers/seeds';
import { harness, type Harness } from './harness';

let h: Harness;
afterEach(() => h?.close());

function imported(name: string) {
  let n = 0;
  const preview = analyseText(seed(name), { simplified: true });
  return { preview, doc: previewToDocument(preview, { newUid: () => `${name}-${++n}` }) };
}

describe('the editor and the saved outline', () => {
  it.each(SEEDS)('the imported %s comes out of the editor as it went in', (name) => {
    const { doc } = imported(name);
    h = harness(doc);
    expect(sameJson(h.json(), doc)).toBe(true);
  });

  it('after edits, the outline derived from the JSON is the one the editor shows', () => {
    const { doc, preview } = imported('002_eb413db6c3da201b.txt');
    h = harness(doc, preview.numberingMode);
    const third = h.blocks().find((b) => b.label === '3.')!;
    h.cursor(third.uid, 'end');
    h.update(() => {
      const s = $getSelection();
      if ($isRangeSelection(s)) s.insertText('新增内容。');
    });
    h.editor.dispatchCommand(MOVE_BLOCK_COMMAND, 'up');
    h.editor.dispatchCommand(SET_ITEM_META_COMMAND, { uid: third.uid, units: { lead: ['组织人事科'], responsible: ['机关党委', '机关党委 '] }, deadline: '2024年底前' });
    h.cursor(h.uids()[5]!);
    h.editor.dispatchCommand(SET_BLOCK_LEVEL_COMMAND, 4);

    const derived = deriveOutline(h.json(), preview.numberingMode);
    expect(derived.map(({ uid, level, label, lead, units, deadline }) => ({ uid, level, label, lead, units, deadline }))).toEqual(h.blocks());
    const moved = derived.find((e) => e.uid === third.uid)!;
    expect(moved).toMatchObject({ label: '2.', units: { lead: ['组织人事科'], responsible: ['机关党委'] }, deadline: '2024年底前' });
    expect(moved.text.endsWith('新增内容。')).toBe(true);
  });
});
