// The 专栏 block in the editor without a page: its JSON round trip (fields only added), its number
// from position (专栏一, 专栏二 … again after moves and undo), insertion and changes by command, and
// that it is no outline block (the items' numbers ignore it).
import { $getRoot, $isParagraphNode, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseText, previewToDocument } from '../../../shared/import/index';
import { deriveOutline } from '../../../shared/outline/derive';
import type { DocumentLike } from '../../../shared/outline/document';
import { INSERT_INDICATOR_TABLE_COMMAND, UPDATE_INDICATOR_TABLE_COMMAND } from '../../../renderer/src/editor/indicator-table/commands';
import { $isIndicatorTableNode } from '../../../renderer/src/editor/indicator-table/IndicatorTableNode';
import { numbersOf } from '../../../renderer/src/editor/indicator-table/numbers';
import { MOVE_BLOCK_BEFORE_COMMAND } from '../../../renderer/src/editor/outline/commands';
import { doc } from '../helpers/doc';
import { seed } from '../import/helpers/seeds';
import { harness, type Harness } from './harness';

let h: Harness;
afterEach(() => h?.close());

const table = (title: string, targetIds: number[] = [], groups: string[] = []) => ({ type: 'indicator-table', version: 1, title, targetIds, groups });

function withTables(): DocumentLike {
  const d = doc([
    { level: 1, text: '总体要求', uid: 's1' },
    { level: 3, text: '学前教育毛入园率达到99%。', uid: 'i1' },
    { level: 1, text: '重点任务', uid: 's2' },
    { level: 3, text: '建立50个首课教育基地。', uid: 'i2' },
    { level: 3, text: '新建中小学11所。', uid: 'i3' },
  ]);
  const children = d.root.children!;
  children.splice(2, 0, table('“十四五”教育事业发展主要目标', [3, 1, 2]));
  children.push(table('重点任务指标', [], ['基础教育']));
  return d;
}

/** 专栏 numbers by title, in document order. */
function tableNumbers(): string[] {
  h.blocks(); // commits what is pending
  const numbers = numbersOf(h.editor);
  return h.editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .filter($isIndicatorTableNode)
      .map((n) => `${numbers.get(n.getKey())}:${n.getSpec().title}`),
  );
}

describe('the 专栏 node', () => {
  it('writes back exactly the JSON it was read from, every field kept', () => {
    const d = withTables();
    h = harness(d);
    const out = h.json().root.children!.filter((n) => n.type === 'indicator-table');
    expect(out).toEqual([table('“十四五”教育事业发展主要目标', [3, 1, 2]), table('重点任务指标', [], ['基础教育'])]);
  });

  it('reads unreadable fields as empty instead of failing', () => {
    const d = doc([{ level: 3, text: '条目', uid: 'i1' }]);
    d.root.children!.push({ type: 'indicator-table', version: 1, title: 3, targetIds: 'x', groups: [1, '职业教育'] });
    h = harness(d);
    expect(h.json().root.children![1]).toEqual(table('', [], ['职业教育']));
  });

  it('is no outline block: items number 1. 2. 3. around it, and the outline the service derives skips it', () => {
    const d = withTables();
    h = harness(d);
    expect(h.blocks().map((b) => b.label)).toEqual(['一、', '1.', '二、', '2.', '3.']);
    expect(deriveOutline(h.json(), 'continuous').map((e) => e.label)).toEqual(['一、', '1.', '二、', '2.', '3.']);
  });

  it('numbers 专栏 by position: 专栏一 and 专栏二, swapped when a section with its 专栏 moves', () => {
    h = harness(withTables());
    expect(tableNumbers()).toEqual(['1:“十四五”教育事业发展主要目标', '2:重点任务指标']);
    // 二、 moves to the front with everything under it, its 专栏 included.
    h.editor.dispatchCommand(MOVE_BLOCK_BEFORE_COMMAND, { uid: 's2', beforeUid: 's1' });
    expect(tableNumbers()).toEqual(['1:重点任务指标', '2:“十四五”教育事业发展主要目标']);
    h.editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(tableNumbers()).toEqual(['1:“十四五”教育事业发展主要目标', '2:重点任务指标']);
  });

  it('is inserted after the block with the cursor, taking an empty paragraph’s place, and numbered among the others', () => {
    h = harness(withTables());
    h.cursor('i2', 'end');
    h.editor.dispatchCommand(INSERT_INDICATOR_TABLE_COMMAND, { title: '2025年主要目标' });
    expect(tableNumbers()).toEqual(['1:“十四五”教育事业发展主要目标', '2:2025年主要目标', '3:重点任务指标']);
    const types = h.json().root.children!.map((n) => (n.type === 'indicator-table' ? `专栏:${n.title}` : String(n.uid ?? '¶')));
    expect(types).toEqual(['s1', 'i1', '专栏:“十四五”教育事业发展主要目标', 's2', 'i2', '专栏:2025年主要目标', 'i3', '专栏:重点任务指标']);
    h.editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(tableNumbers()).toEqual(['1:“十四五”教育事业发展主要目标', '2:重点任务指标']);
    h.editor.dispatchCommand(REDO_COMMAND, undefined);
    expect(tableNumbers()).toHaveLength(3);
  });

  it('inserted at the end of the document, it is followed by a paragraph so that writing can go on', () => {
    h = harness(doc([{ level: 3, text: '建立50个首课教育基地。', uid: 'i1' }]));
    h.cursor('i1', 'end');
    h.editor.dispatchCommand(INSERT_INDICATOR_TABLE_COMMAND, {});
    expect(h.json().root.children!.map((n) => n.type)).toEqual(['plan-item', 'indicator-table', 'paragraph']);
    expect(h.json().root.children![1]).toEqual(table('主要目标'));
    h.editor.getEditorState().read(() => expect($isParagraphNode($getRoot().getLastChild())).toBe(true));
  });

  it('takes a new title and targets by command, and undo gives the old ones back', () => {
    h = harness(withTables());
    const key = h.editor.getEditorState().read(() => $getRoot().getChildren().find($isIndicatorTableNode)!.getKey());
    h.editor.dispatchCommand(UPDATE_INDICATOR_TABLE_COMMAND, { key, title: ' 主要目标 ', targetIds: [5, 5, 6], groups: [] });
    expect(h.json().root.children![2]).toEqual(table('主要目标', [5, 6]));
    h.editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(h.json().root.children![2]).toEqual(table('“十四五”教育事业发展主要目标', [3, 1, 2]));
  });

  it('the imported 003 document opens with 专栏一 between its paragraphs and round-trips unchanged', () => {
    let n = 0;
    const d = previewToDocument(analyseText(seed('003_3bf94dc3a89a6442.txt')), { newUid: () => `u${++n}`, tableTargetIds: [[1, 2, 3, 4, 5, 6, 7, 8]] });
    h = harness(d);
    expect(tableNumbers()).toEqual(['1:“十四五”教育事业发展主要目标']);
    const back = h.json().root.children!;
    expect(back.length).toBe(d.root.children!.length);
    expect(back.find((x) => x.type === 'indicator-table')).toEqual(table('“十四五”教育事业发展主要目标', [1, 2, 3, 4, 5, 6, 7, 8]));
  });
});
