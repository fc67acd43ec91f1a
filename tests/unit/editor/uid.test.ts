// Stable uids: indicators link to sections and items by uid, so a uid must survive typing,
// renumbering, level changes, moves and undo, and a copy must never share its original's.
import { $generateJSONFromSelectedNodes, $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { $createParagraphNode, $createRangeSelection, $getRoot, $getSelection, $isRangeSelection, $setSelection, type LexicalNode, UNDO_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { ITEM_NODE_TYPE, SECTION_NODE_TYPE } from '../../../shared/outline/document';
import {
  MOVE_BLOCK_COMMAND,
  SET_BLOCK_LEVEL_COMMAND,
  SET_NUMBERING_MODE_COMMAND,
} from '../../../renderer/src/editor/outline/commands';
import { $findBlock } from '../../../renderer/src/editor/outline/structure';
import { doc } from '../helpers/doc';
import { harness, type Harness } from './harness';

let h: Harness;
afterEach(() => h?.close());

const plan = () =>
  doc([
    { level: 1, text: '擎旗定向', uid: 's1' },
    { level: 3, text: '巩固提升主题教育成果。', uid: 'i1' },
    { level: 3, text: '加强教育系统党的建设。', uid: 'i2', units: { lead: ['机关党委'], responsible: [] } },
    { level: 1, text: '育人为本', uid: 's2' },
    { level: 3, text: '深化首课思政负责制。', uid: 'i3' },
  ]);

/** Copies the whole block `uid` (from its start to the start of the next block) as Lexical's clipboard does. */
function copyBlock(uid: string) {
  let json: ReturnType<typeof $generateJSONFromSelectedNodes> | null = null;
  h.update(() => {
    const block = $findBlock(uid)!;
    const next = block.getNextSibling() as LexicalNode & { getFirstDescendant(): LexicalNode | null };
    const selection = $createRangeSelection();
    selection.anchor.set(block.getFirstDescendant()!.getKey(), 0, 'text');
    selection.focus.set(next.getFirstDescendant()!.getKey(), 0, 'text');
    $setSelection(selection);
    json = $generateJSONFromSelectedNodes(h.editor, selection);
  });
  return json!;
}

/** Pastes on a new empty line at the end of the document, as a writer does after pressing Enter. */
function pasteAtEnd(json: ReturnType<typeof $generateJSONFromSelectedNodes>) {
  h.update(() => {
    const line = $createParagraphNode();
    $getRoot().append(line);
    line.select();
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $insertGeneratedNodes(h.editor, $generateNodesFromSerializedNodes(json.nodes), selection);
  });
}

describe('uids', () => {
  it('typing, renumbering, level changes and moves keep every uid', () => {
    h = harness(plan());
    h.cursor('i1', 'end');
    h.update(() => {
      const s = $getSelection();
      if ($isRangeSelection(s)) s.insertText('持续深化理论武装。');
    });
    h.editor.dispatchCommand(SET_NUMBERING_MODE_COMMAND, 'restart');
    h.editor.dispatchCommand(SET_BLOCK_LEVEL_COMMAND, 4);
    h.editor.dispatchCommand(SET_BLOCK_LEVEL_COMMAND, 2); // item -> subsection: a new node, the same uid
    h.editor.dispatchCommand(MOVE_BLOCK_COMMAND, 'down');
    expect([...h.uids()].sort()).toEqual(['i1', 'i2', 'i3', 's1', 's2']);
    expect(h.lines()).toEqual(['一、擎旗定向', '二、育人为本', '（一）巩固提升主题教育成果。持续深化理论武装。', '1.加强教育系统党的建设。', '2.深化首课思政负责制。']);
  });

  it('undo brings back the uid that a change to a body paragraph or a deletion took away', () => {
    h = harness(plan());
    h.cursor('i2');
    h.editor.dispatchCommand(SET_BLOCK_LEVEL_COMMAND, 0);
    expect(h.uids()).toEqual(['s1', 'i1', 's2', 'i3']);
    h.editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(h.uids()).toEqual(['s1', 'i1', 'i2', 's2', 'i3']);
    expect(h.blocks()[2]!.units.lead).toEqual(['机关党委']);

    h.update(() => $findBlock('i3')!.remove());
    expect(h.uids()).not.toContain('i3');
    h.editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(h.uids()).toEqual(['s1', 'i1', 'i2', 's2', 'i3']);
  });

  it('a copy pasted into the document gets a new uid and the original keeps its own', () => {
    h = harness(plan());
    const json = copyBlock('i2');
    expect(json.nodes.some((n) => n.type === ITEM_NODE_TYPE)).toBe(true);
    pasteAtEnd(json);
    // The selection ran into the next heading, so an empty copy of it comes along too (as in Word).
    expect(h.lines().slice(-2)).toEqual(['4.加强教育系统党的建设。', '三、']);
    const uids = h.uids();
    expect(uids.slice(0, 5)).toEqual(['s1', 'i1', 'i2', 's2', 'i3']);
    expect(new Set(uids).size).toBe(7);
    // The copy takes the text and the units with it.
    expect(h.blocks()[5]!.units.lead).toEqual(['机关党委']);
  });

  it('an item cut and pasted elsewhere keeps its uid (its indicators stay linked)', () => {
    h = harness(plan());
    const json = copyBlock('i1');
    h.update(() => $findBlock('i1')!.remove());
    pasteAtEnd(json);
    expect(h.lines().slice(-2)).toEqual(['3.巩固提升主题教育成果。', '4.']);
    expect(h.uids().slice(0, 5)).toEqual(['s1', 'i2', 's2', 'i3', 'i1']);
  });

  it('a document stored with a repeated uid opens with the first holder keeping it', () => {
    h = harness(
      doc([
        { level: 1, text: '甲', uid: 'same' },
        { level: 3, text: '乙', uid: 'same' },
        { level: 3, text: '丙', uid: 'other' },
      ]),
    );
    const uids = h.uids();
    expect(uids[0]).toBe('same');
    expect(uids[1]).not.toBe('same');
    expect(uids[2]).toBe('other');
  });

  it('an item found inside another block is lifted back to the top level, its text and uid kept', () => {
    const stored = doc([{ level: 0, text: '总体要求' }, { level: 3, text: '乙。', uid: 'i9' }]);
    const [paragraph, item] = stored.root.children!;
    paragraph!.children!.push(item!); // a broken nesting, as a faulty copy might leave
    stored.root.children!.pop();
    h = harness(stored);
    expect(h.lines()).toEqual(['¶总体要求', '1.乙。']);
    expect(h.uids()).toEqual(['i9']);
  });

  it('the editor writes sections and items in the shapes the service and the importer use', () => {
    h = harness(plan());
    const children = h.json().root.children!;
    expect(children[0]).toMatchObject({ type: SECTION_NODE_TYPE, level: 1, uid: 's1' });
    expect(children[2]).toMatchObject({ type: ITEM_NODE_TYPE, level: 3, uid: 'i2', units: { lead: ['机关党委'], responsible: [] }, deadline: '' });
  });
});
