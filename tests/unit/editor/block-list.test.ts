// What the editor hands the page (the 目录, the item panel, the deletion question) after each change:
// typing hands over only what it changed, as a text change; inserting, removing, moving, renumbering
// and undo hand over the whole list as a structure change.
import { $getSelection, $isRangeSelection, KEY_ENTER_COMMAND, KEY_TAB_COMMAND, UNDO_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { SET_ITEM_META_COMMAND } from '../../../renderer/src/editor/outline/commands';
import { doc } from '../helpers/doc';
import { harness, type Harness } from './harness';
import { key } from './keys';

let h: Harness;
afterEach(() => h?.close());

const type = (text: string) =>
  h.update(() => {
    const s = $getSelection();
    if ($isRangeSelection(s)) s.insertText(text);
  });

/** 一、 (一) and three items, each with a lead sentence and more text after it. */
function plan(): Harness {
  return harness(
    doc([
      { level: 1, text: '全面加强党的建设', uid: 's1' },
      { level: 2, text: '深化政治建设', uid: 's2' },
      { level: 3, text: '推进第一项工作。年内完成。', uid: 'i1' },
      { level: 3, text: '推进第二项工作。年内完成。', uid: 'i2' },
      { level: 3, text: '推进第三项工作。年内完成。', uid: 'i3' },
    ]),
  );
}

/** What the page received since `from`. */
const since = (from: number) => h.received.slice(from);

describe('the block list the editor hands the page', () => {
  it('typing in a lead sentence hands over that one entry as a text change; the other entries stay the same objects', () => {
    h = plan();
    const before = h.blocks();
    const from = h.received.length;
    h.cursor('i2', 0);
    type('着力');

    const got = since(from);
    expect(got.map((r) => r.change)).toEqual(['text']);
    const after = got[0]!.blocks;
    expect(after.map((b) => `${b.label}${b.lead}`)).toEqual(['一、全面加强党的建设', '（一）深化政治建设', '1.推进第一项工作。', '2.着力推进第二项工作。', '3.推进第三项工作。']);
    expect(after.filter((b, i) => b !== before[i]).map((b) => b.uid)).toEqual(['i2']);
  });

  it('typing after the lead sentence changes nothing the 目录 shows, and nothing is handed over', () => {
    h = plan();
    const from = h.received.length;
    h.cursor('i2', 'end');
    type('确保质量。');
    h.blocks();
    expect(since(from)).toEqual([]);
  });

  it('units and a deadline set from the item panel are a text change of that entry', () => {
    h = plan();
    const from = h.received.length;
    h.editor.dispatchCommand(SET_ITEM_META_COMMAND, { uid: 'i3', units: { lead: ['基础教育科'], responsible: [] }, deadline: '2025年6月底前' });
    h.blocks();
    const got = since(from);
    expect(got.map((r) => r.change)).toEqual(['text']);
    const i3 = got[0]!.blocks.find((b) => b.uid === 'i3')!;
    expect(i3.units.lead).toEqual(['基础教育科']);
    expect(i3.deadline).toBe('2025年6月底前');
  });

  it('Enter at the start of the first item puts a new item above it: a structure change that renumbers every item', () => {
    h = plan();
    const from = h.received.length;
    h.cursor('i1', 0);
    h.editor.dispatchCommand(KEY_ENTER_COMMAND, key({ key: 'Enter' }));
    h.blocks();
    const got = since(from);
    expect(got.map((r) => r.change)).toEqual(['structure']);
    expect(got[0]!.blocks.filter((b) => b.level === 3).map((b) => `${b.label}${b.lead}`)).toEqual(['1.', '2.推进第一项工作。', '3.推进第二项工作。', '4.推进第三项工作。']);
  });

  it('undo after typing and an insertion hands back the earlier list, leads included, as a structure change', () => {
    h = plan();
    h.cursor('i1', 0);
    type('着力');
    h.cursor('i1', 0);
    h.editor.dispatchCommand(KEY_ENTER_COMMAND, key({ key: 'Enter' }));
    h.blocks();
    const from = h.received.length;
    h.editor.dispatchCommand(UNDO_COMMAND, undefined);
    h.blocks();
    const got = since(from);
    expect(got.map((r) => r.change)).toEqual(['structure']);
    expect(got[0]!.blocks.filter((b) => b.level === 3).map((b) => `${b.label}${b.lead}`)).toEqual(['1.着力推进第一项工作。', '2.推进第二项工作。', '3.推进第三项工作。']);
  });

  it('Tab on an item makes it （1） under the item before: a structure change', () => {
    h = plan();
    const from = h.received.length;
    h.cursor('i2', 0);
    h.editor.dispatchCommand(KEY_TAB_COMMAND, key({ key: 'Tab' }));
    h.blocks();
    const got = since(from);
    expect(got.map((r) => r.change)).toEqual(['structure']);
    expect(got[0]!.blocks.map((b) => b.label)).toEqual(['一、', '（一）', '1.', '（1）', '2.']);
  });
});
