// A selection that runs to the very start of the next block holds whole blocks: deleting it,
// typing over it or pasting on it must leave that next block (its kind, text and uid) alone.
import { $generateJSONFromSelectedNodes } from '@lexical/clipboard';
import {
  $createRangeSelection,
  $isElementNode,
  $isTextNode,
  $setSelection,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  PASTE_COMMAND,
  UNDO_COMMAND,
  type PasteCommandType,
} from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { $findBlock } from '../../../renderer/src/editor/outline/structure';
import { $selectionToCopy } from '../../../renderer/src/editor/outline/wholeBlocks';
import { doc } from '../helpers/doc';
import { harness, type Harness } from './harness';
import { key } from './keys';

let h: Harness;
afterEach(() => h?.close());

const plan = () =>
  doc([
    { level: 1, text: '擎旗定向', uid: 's1' },
    { level: 3, text: '巩固提升主题教育成果。', uid: 'i1' },
    { level: 3, text: '加强教育系统党的建设。', uid: 'i2' },
    { level: 3, text: '纵深推进全面从严治党。', uid: 'i3' },
    { level: 1, text: '育人为本', uid: 's2' },
    { level: 3, text: '深化首课思政负责制。', uid: 'i4' },
  ]);

/** Selects from `offset` in block `from` to the very start of block `to`, as a drag or Shift+Down does (backward: the other way round). */
function selectTo(from: string, offset: number, to: string, backward = false) {
  h.update(() => {
    const a = $findBlock(from)!.getFirstDescendant()!;
    const b = $findBlock(to)!.getFirstDescendant()!;
    if (!$isTextNode(a) || !$isTextNode(b)) throw new Error('blocks without text');
    const selection = $createRangeSelection();
    const [start, end] = backward ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
    start.set(a.getKey(), offset, 'text');
    end.set(b.getKey(), 0, 'text');
    $setSelection(selection);
  });
}

const label = (uid: string) => h.blocks().find((b) => b.uid === uid);

describe('a selection running to the start of the next block', () => {
  it('Delete takes items 2 and 3 away whole; the heading after them keeps its level, text and uid', () => {
    h = harness(plan());
    selectTo('i2', 0, 's2');
    const event = key({ key: 'Delete' });
    h.editor.dispatchCommand(KEY_DELETE_COMMAND, event);
    expect(event.defaultPrevented).toBe(true);
    expect(h.lines()).toEqual(['一、擎旗定向', '1.巩固提升主题教育成果。', '二、育人为本', '2.深化首课思政负责制。']);
    expect(h.uids()).toEqual(['s1', 'i1', 's2', 'i4']);
    // Typing goes on at the start of the heading that followed.
    h.editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, '坚持');
    expect(h.lines()[2]).toBe('二、坚持育人为本');

    h.editor.dispatchCommand(UNDO_COMMAND, undefined);
    h.editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(h.uids()).toEqual(['s1', 'i1', 'i2', 'i3', 's2', 'i4']);
  });

  it('selected backwards (Shift+Up) Backspace does the same', () => {
    h = harness(plan());
    selectTo('i2', 0, 's2', true);
    h.editor.dispatchCommand(KEY_BACKSPACE_COMMAND, key({ key: 'Backspace' }));
    expect(h.lines()).toEqual(['一、擎旗定向', '1.巩固提升主题教育成果。', '二、育人为本', '2.深化首课思政负责制。']);
  });

  it('typed over, the text takes the first item’s place (and uid) and the heading stays a heading', () => {
    h = harness(plan());
    selectTo('i2', 0, 's2');
    h.editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, '全面加强党的建设。');
    expect(h.lines()).toEqual(['一、擎旗定向', '1.巩固提升主题教育成果。', '2.全面加强党的建设。', '二、育人为本', '3.深化首课思政负责制。']);
    expect(h.uids()).toEqual(['s1', 'i1', 'i2', 's2', 'i4']);
  });

  it('from the middle of an item, Delete keeps the item’s first half and the next item whole', () => {
    h = harness(plan());
    selectTo('i2', 4, 'i3');
    h.editor.dispatchCommand(KEY_DELETE_COMMAND, key({ key: 'Delete' }));
    expect(h.lines()).toEqual(['一、擎旗定向', '1.巩固提升主题教育成果。', '2.加强教育', '3.纵深推进全面从严治党。', '二、育人为本', '4.深化首课思政负责制。']);
    expect(label('i3')?.label).toBe('3.');
  });

  it('only the break between two items selected: Delete joins them, as in any editor', () => {
    h = harness(plan());
    h.update(() => {
      const a = $findBlock('i2')!.getFirstDescendant()!;
      const b = $findBlock('i3')!.getFirstDescendant()!;
      const selection = $createRangeSelection();
      selection.anchor.set(a.getKey(), a.getTextContentSize(), 'text');
      selection.focus.set(b.getKey(), 0, 'text');
      $setSelection(selection);
    });
    h.editor.dispatchCommand(KEY_DELETE_COMMAND, key({ key: 'Delete' }));
    expect(h.lines()).toEqual(['一、擎旗定向', '1.巩固提升主题教育成果。', '2.加强教育系统党的建设。纵深推进全面从严治党。', '二、育人为本', '3.深化首课思政负责制。']);
  });

  it('a selection ending at the start of an empty block leaves that block too', () => {
    h = harness(doc([{ level: 3, text: '甲项工作。', uid: 'a' }, { level: 3, text: '乙项工作。', uid: 'b' }, { level: 1, text: '', uid: 'c' }]));
    h.update(() => {
      const a = $findBlock('a')!.getFirstDescendant()!;
      const c = $findBlock('c')!;
      if (!$isElementNode(c)) throw new Error('no block');
      const selection = $createRangeSelection();
      selection.anchor.set(a.getKey(), 0, 'text');
      selection.focus.set(c.getKey(), 0, 'element');
      $setSelection(selection);
    });
    h.editor.dispatchCommand(KEY_DELETE_COMMAND, key({ key: 'Delete' }));
    expect(h.lines()).toEqual(['一、']);
    expect(h.uids()).toEqual(['c']);
  });
});

describe('whole blocks copied inside the editor', () => {
  /** What Ctrl+C puts on the clipboard for the selection (the copy handler corrects it first). */
  function copy(): string {
    let json = '';
    h.update(() => {
      json = JSON.stringify($generateJSONFromSelectedNodes(h.editor, $selectionToCopy()));
    });
    return json;
  }
  function paste(json: string) {
    const event = {
      clipboardData: { getData: (type: string) => (type === 'application/x-lexical-editor' ? json : ''), files: [], types: ['application/x-lexical-editor'] },
      preventDefault: () => {},
    } as unknown as PasteCommandType;
    h.editor.dispatchCommand(PASTE_COMMAND, event);
  }

  it('hold no empty copy of the heading after them', () => {
    h = harness(plan());
    selectTo('i2', 0, 's2');
    const nodes = (JSON.parse(copy()) as { nodes: { uid?: string }[] }).nodes;
    expect(nodes.map((n) => n.uid)).toEqual(['i2', 'i3']);
  });

  it('cut and pasted at the start of an item go in before it: every block keeps its text, level and uid', () => {
    h = harness(plan());
    selectTo('i2', 0, 's2');
    const json = copy();
    h.editor.dispatchCommand(KEY_DELETE_COMMAND, key({ key: 'Delete' }));
    h.cursor('i4', 0);
    paste(json);
    expect(h.lines()).toEqual(['一、擎旗定向', '1.巩固提升主题教育成果。', '二、育人为本', '2.加强教育系统党的建设。', '3.纵深推进全面从严治党。', '4.深化首课思政负责制。']);
    expect(h.uids()).toEqual(['s1', 'i1', 's2', 'i2', 'i3', 'i4']);
  });

  it('pasted at the end of an item they follow it; pasted again, the copies get new uids', () => {
    h = harness(plan());
    selectTo('i2', 0, 'i3');
    const json = copy();
    h.cursor('i4', 'end');
    paste(json);
    paste(json);
    expect(h.lines().slice(-3)).toEqual(['4.深化首课思政负责制。', '5.加强教育系统党的建设。', '6.加强教育系统党的建设。']);
    const uids = h.uids();
    expect(uids.slice(0, 6)).toEqual(['s1', 'i1', 'i2', 'i3', 's2', 'i4']);
    expect(new Set(uids).size).toBe(8);
  });
});
