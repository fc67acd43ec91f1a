// The structured editor without a page: numbering in both modes, levels from the keyboard and the
// toolbar commands, promote/demote, Enter, moves with everything under a block.
import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_TAB_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseText, previewToDocument } from '../../../shared/import/index';
import {
  MOVE_BLOCK_BEFORE_COMMAND,
  SET_BLOCK_LEVEL_COMMAND,
  SET_NUMBERING_MODE_COMMAND,
} from '../../../renderer/src/editor/outline/commands';
import { doc } from '../helpers/doc';
import { seed } from '../import/helpers/seeds';
import { harness, type Harness } from './harness';
import { key } from './keys';

let h: Harness;
afterEach(() => h?.close());

const type = (text: string) =>
  h.update(() => {
    const s = $getSelection();
    if ($isRangeSelection(s)) s.insertText(text);
  });
const press = (init: NonNullable<Parameters<typeof key>[0]>) => {
  const event = key(init);
  const k = init.key;
  if (k === 'Tab') h.editor.dispatchCommand(KEY_TAB_COMMAND, event);
  else if (k === 'Enter') h.editor.dispatchCommand(KEY_ENTER_COMMAND, event);
  else if (k === 'Backspace') h.editor.dispatchCommand(KEY_BACKSPACE_COMMAND, event);
  else if (k === 'ArrowUp') h.editor.dispatchCommand(KEY_ARROW_UP_COMMAND, event);
  else if (k === 'ArrowDown') h.editor.dispatchCommand(KEY_ARROW_DOWN_COMMAND, event);
  else h.editor.dispatchCommand(KEY_DOWN_COMMAND, event);
  return event;
};

function seedPlan(name: string) {
  const preview = analyseText(seed(name));
  let n = 0;
  return previewToDocument(preview, { newUid: () => `uid-${++n}` });
}

describe('numbers drawn by the editor', () => {
  it('continuous numbering runs 1..23 across the seven sections of the 泰安 plan', () => {
    h = harness(seedPlan('002_eb413db6c3da201b.txt'), 'continuous');
    const blocks = h.blocks();
    expect(blocks.filter((b) => b.level === 1).map((b) => b.label)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
    expect(blocks.filter((b) => b.level === 3).map((b) => b.label)).toEqual(Array.from({ length: 23 }, (_, i) => `${i + 1}.`));
    expect(blocks.find((b) => b.label === '1.')?.lead).toMatch(/。$/);
  });

  it('switching to restart numbers the items of each section from 1, and back', () => {
    h = harness(seedPlan('002_eb413db6c3da201b.txt'), 'continuous');
    h.editor.dispatchCommand(SET_NUMBERING_MODE_COMMAND, 'restart');
    const perSection = () => {
      const counts: string[][] = [];
      for (const b of h.blocks()) {
        if (b.level === 1) counts.push([]);
        else if (b.level === 3) counts.at(-1)!.push(b.label);
      }
      return counts.map((c) => c.join(' '));
    };
    expect(perSection()[0]).toBe('1. 2. 3.');
    expect(perSection()[1]).toMatch(/^1\. 2\./);
    h.editor.dispatchCommand(SET_NUMBERING_MODE_COMMAND, 'continuous');
    expect(h.blocks().filter((b) => b.level === 3).at(-1)?.label).toBe('23.');
  });

  it('a 规划 restarts its items under each subsection (杏花岭 plan)', () => {
    h = harness(seedPlan('003_3bf94dc3a89a6442.txt'), 'restart');
    const groups: string[][] = [];
    for (const b of h.blocks()) {
      if (b.level <= 2) groups.push([]);
      else if (b.level === 3) groups.at(-1)!.push(b.label);
    }
    const withItems = groups.filter((g) => g.length > 0);
    expect(withItems.length).toBeGreaterThan(3);
    for (const g of withItems) expect(g).toEqual(g.map((_, i) => `${i + 1}.`));
  });

  it('a subitem without an item above it is still numbered from (1), and empty sections count', () => {
    h = harness(doc([{ level: 1, text: '' }, { level: 4, text: '甲。' }, { level: 4, text: '乙。' }, { level: 1, text: '保障' }]));
    expect(h.lines()).toEqual(['一、', '（1）甲。', '（2）乙。', '二、保障']);
  });
});

describe('levels from the keyboard and the toolbar', () => {
  it('Ctrl+1..4 and Ctrl+0 change the block with the cursor, keeping its text and its uid', () => {
    h = harness(doc([{ level: 0, text: '学前教育' }, { level: 0, text: '新建幼儿园10所。' }]));
    h.cursor(0);
    press({ key: '1', code: 'Digit1', ctrlKey: true });
    h.cursor(1, 'end');
    press({ key: '3', code: 'Digit3', ctrlKey: true });
    expect(h.lines()).toEqual(['一、学前教育', '1.新建幼儿园10所。']);
    const uid = h.uids()[1]!;

    press({ key: '2', code: 'Digit2', ctrlKey: true }); // item -> subsection: another kind of node, same uid
    expect(h.lines()).toEqual(['一、学前教育', '（一）新建幼儿园10所。']);
    expect(h.uids()[1]).toBe(uid);
    press({ key: '4', code: 'Numpad4', ctrlKey: true });
    expect(h.lines()[1]).toBe('（1）新建幼儿园10所。');
    expect(h.uids()[1]).toBe(uid);

    const event = press({ key: '0', code: 'Digit0', ctrlKey: true });
    expect(event.defaultPrevented).toBe(true); // not the browser's zoom reset
    expect(h.lines()).toEqual(['一、学前教育', '¶新建幼儿园10所。']);
  });

  it('Tab demotes and Shift+Tab promotes, between 一、 and （1）', () => {
    h = harness(doc([{ level: 1, text: '总体要求' }, { level: 3, text: '完成选址。' }]));
    h.cursor(1);
    press({ key: 'Tab' });
    expect(h.lines()[1]).toBe('（1）完成选址。');
    press({ key: 'Tab' });
    expect(h.lines()[1]).toBe('（1）完成选址。'); // （1） is the deepest
    press({ key: 'Tab', shiftKey: true });
    press({ key: 'Tab', shiftKey: true });
    press({ key: 'Tab', shiftKey: true });
    expect(h.lines()[1]).toBe('二、完成选址。');
    press({ key: 'Tab', shiftKey: true });
    expect(h.lines()[1]).toBe('二、完成选址。');
  });

  it('a level set on a selection across blocks applies to each of them', () => {
    h = harness(doc([{ level: 0, text: '甲' }, { level: 0, text: '乙' }, { level: 0, text: '丙' }]));
    h.cursor(0);
    h.update(() => {
      const s = $getSelection();
      const last = $getRoot().getLastDescendant();
      if ($isRangeSelection(s) && last) s.focus.set(last.getKey(), 1, 'text');
    });
    h.editor.dispatchCommand(SET_BLOCK_LEVEL_COMMAND, 3);
    expect(h.lines()).toEqual(['1.甲', '2.乙', '3.丙']);
  });
});

describe('Enter in a section or item', () => {
  it('at the end starts a sibling of the same level with its own uid', () => {
    h = harness(doc([{ level: 1, text: '总体要求' }, { level: 3, text: '新建幼儿园10所。', units: { lead: ['基础教育科'], responsible: [] } }]));
    const uid = h.uids()[1]!;
    h.cursor(1, 'end');
    press({ key: 'Enter' });
    type('改扩建幼儿园5所。');
    expect(h.lines()).toEqual(['一、总体要求', '1.新建幼儿园10所。', '2.改扩建幼儿园5所。']);
    expect(h.uids()[1]).toBe(uid);
    expect(h.uids()[2]).not.toBe(uid);
    expect(h.blocks()[2]!.units.lead).toEqual([]); // units stay with the item they were given to
  });

  it('at the start puts an empty block above and the text keeps its uid', () => {
    h = harness(doc([{ level: 3, text: '巩固双减成果。' }]));
    const uid = h.uids()[0]!;
    h.cursor(0, 0);
    press({ key: 'Enter' });
    expect(h.lines()).toEqual(['1.', '2.巩固双减成果。']);
    expect(h.uids()[1]).toBe(uid);
  });

  it('in an empty item goes one level up, and from 一、 to a body paragraph (as Word lists do)', () => {
    h = harness(doc([{ level: 1, text: '总体要求' }, { level: 3, text: '甲。' }, { level: 3, text: '' }]));
    h.cursor(2);
    press({ key: 'Enter' });
    expect(h.lines()[2]).toBe('（一）');
    press({ key: 'Enter' });
    expect(h.lines()[2]).toBe('二、');
    press({ key: 'Enter' });
    expect(h.lines()[2]).toBe('¶');
  });
});

describe('Backspace at the start of a section or item', () => {
  it('takes the number away and keeps the text as a body paragraph; the items after it renumber', () => {
    h = harness(doc([{ level: 1, text: '总体要求' }, { level: 3, text: '新建幼儿园10所。' }, { level: 3, text: '改扩建幼儿园5所。' }, { level: 3, text: '巩固双减成果。' }]));
    h.cursor(2, 0);
    const event = press({ key: 'Backspace' });
    expect(event.defaultPrevented).toBe(true);
    expect(h.lines()).toEqual(['一、总体要求', '1.新建幼儿园10所。', '¶改扩建幼儿园5所。', '2.巩固双减成果。']);
    // The cursor stays at the start of the text: typing goes in front of it.
    type('同时');
    expect(h.lines()[2]).toBe('¶同时改扩建幼儿园5所。');
  });

  it('a second Backspace joins the paragraph to the item above, and undo brings the item back with its uid', () => {
    h = harness(doc([{ level: 3, text: '新建幼儿园10所，' }, { level: 3, text: '改扩建幼儿园5所。' }]));
    const uid = h.uids()[1]!;
    h.cursor(1, 0);
    press({ key: 'Backspace' });
    press({ key: 'Backspace' });
    expect(h.lines()).toEqual(['1.新建幼儿园10所，改扩建幼儿园5所。']);
    h.editor.dispatchCommand(UNDO_COMMAND, undefined);
    h.editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(h.lines()).toEqual(['1.新建幼儿园10所，', '2.改扩建幼儿园5所。']);
    expect(h.uids()[1]).toBe(uid);
  });

  it('an empty item loses its number too', () => {
    h = harness(doc([{ level: 2, text: '学前教育' }, { level: 3, text: '' }, { level: 3, text: '巩固双减成果。' }]));
    h.cursor(1);
    press({ key: 'Backspace' });
    expect(h.lines()).toEqual(['（一）学前教育', '¶', '1.巩固双减成果。']);
  });
});

describe('moving a block with everything under it', () => {
  const plan = () =>
    doc([
      { level: 0, text: '总体要求' },
      { level: 1, text: '擎旗定向' },
      { level: 3, text: '甲。' },
      { level: 4, text: '甲一。' },
      { level: 0, text: '甲的说明' },
      { level: 3, text: '乙。' },
      { level: 1, text: '育人为本' },
      { level: 3, text: '丙。' },
    ]);

  it('Alt+Up passes a sibling with its subitems and body paragraphs', () => {
    h = harness(plan());
    h.cursor(5, 'end'); // 乙
    press({ key: 'ArrowUp', altKey: true });
    expect(h.lines()).toEqual(['¶总体要求', '一、擎旗定向', '1.乙。', '2.甲。', '（1）甲一。', '¶甲的说明', '二、育人为本', '3.丙。']);
  });

  it('Alt+Down on a section takes its items along and renumbers both sections', () => {
    h = harness(plan());
    h.cursor(1);
    press({ key: 'ArrowDown', altKey: true });
    expect(h.lines()).toEqual(['¶总体要求', '一、育人为本', '1.丙。', '二、擎旗定向', '2.甲。', '（1）甲一。', '¶甲的说明', '3.乙。']);
    press({ key: 'ArrowDown', altKey: true });
    expect(h.notices.at(-1)).toBe('已经在最后面，不能再下移。');
  });

  it('an item moved up over its heading becomes the last item of the section before', () => {
    h = harness(plan());
    h.cursor(7); // 丙
    press({ key: 'ArrowUp', altKey: true });
    expect(h.lines()).toEqual(['¶总体要求', '一、擎旗定向', '1.甲。', '（1）甲一。', '¶甲的说明', '2.乙。', '3.丙。', '二、育人为本']);
  });

  it('an item moved down over the next heading becomes its first item', () => {
    h = harness(plan());
    h.cursor(5); // 乙
    press({ key: 'ArrowDown', altKey: true });
    expect(h.lines()).toEqual(['¶总体要求', '一、擎旗定向', '1.甲。', '（1）甲一。', '¶甲的说明', '二、育人为本', '2.乙。', '3.丙。']);
  });

  it('the first section does not move above the preamble', () => {
    h = harness(plan());
    h.cursor(1);
    press({ key: 'ArrowUp', altKey: true });
    expect(h.lines()[0]).toBe('¶总体要求');
    expect(h.notices.at(-1)).toBe('已经在最前面，不能再上移。');
  });

  it('a drag in the 目录 moves a section before another, with its items; undo puts it back', () => {
    h = harness(plan());
    const [first, , , , second] = h.uids();
    h.editor.dispatchCommand(MOVE_BLOCK_BEFORE_COMMAND, { uid: second!, beforeUid: first! });
    expect(h.lines()).toEqual(['¶总体要求', '一、育人为本', '1.丙。', '二、擎旗定向', '2.甲。', '（1）甲一。', '¶甲的说明', '3.乙。']);
    h.editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(h.lines()[1]).toBe('一、擎旗定向');
    expect(h.blocks()[0]!.label).toBe('一、');
    h.editor.dispatchCommand(REDO_COMMAND, undefined);
    expect(h.lines()[1]).toBe('一、育人为本');
  });

  it('a block cannot be dropped into its own subtree', () => {
    h = harness(plan());
    const [section, item] = h.uids();
    h.editor.dispatchCommand(MOVE_BLOCK_BEFORE_COMMAND, { uid: section!, beforeUid: item! });
    expect(h.lines()[1]).toBe('一、擎旗定向');
  });
});
