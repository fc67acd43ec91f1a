// The 专栏 feature's behaviour: inserting and changing a 专栏 (commands.ts) and numbering the 专栏
// of the document after every change that moves blocks. Returns one cleanup.
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getNodeByKey,
  $getPreviousSelection,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_NORMAL,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import type { IndicatorTableSpec } from '../../../../shared/outline/document';
import { numberIndicatorTables } from '../../../../shared/outline/numbering';
import { $topBlockOf } from '../outline/structure';
import { INSERT_INDICATOR_TABLE_COMMAND, UPDATE_INDICATOR_TABLE_COMMAND } from './commands';
import { $createIndicatorTableNode, $isIndicatorTableNode, type IndicatorTableNode } from './IndicatorTableNode';
import { numbersOf } from './numbers';

/** The title a new 专栏 gets until the writer names it. */
export const DEFAULT_TABLE_TITLE = '主要目标';

/** A new 专栏 after the block holding the cursor; an empty body paragraph gives it its place. The cursor goes after it. */
export function $insertIndicatorTable(spec: Partial<IndicatorTableSpec> = {}): IndicatorTableNode {
  const node = $createIndicatorTableNode({ title: spec.title ?? DEFAULT_TABLE_TITLE, targetIds: spec.targetIds ?? [], groups: spec.groups ?? [] });
  const selection = $getSelection() ?? $getPreviousSelection();
  const at = $isRangeSelection(selection) ? selection.focus.getNode() : (selection?.getNodes().at(-1) ?? null);
  const block = at && at.isAttached() ? $topBlockOf(at) : null;
  if (!block) $getRoot().append(node);
  else if ($isParagraphNode(block) && block.getTextContentSize() === 0) block.replace(node);
  else block.insertAfter(node);
  // Text can always be written after it.
  const next = node.getNextSibling();
  if (!next || $isIndicatorTableNode(next)) node.insertAfter($createParagraphNode());
  node.selectNext(0, 0);
  return node;
}

/** The ordinal of each 专栏 (node key -> 1, 2 …), from the root's children in order. */
export function $indicatorTableNumbers(): Map<NodeKey, number> {
  const children = $getRoot().getChildren();
  const ordinals = numberIndicatorTables(children.map($isIndicatorTableNode));
  const out = new Map<NodeKey, number>();
  children.forEach((c, i) => {
    if (ordinals[i]) out.set(c.getKey(), ordinals[i]!);
  });
  return out;
}

export function registerIndicatorTables(editor: LexicalEditor): () => void {
  const numbers = numbersOf(editor);
  let order: NodeKey[] = [];
  const renumber = () =>
    editor.getEditorState().read(() => {
      const keys = $getRoot().getChildrenKeys();
      // Typing changes no block order: nothing to count again.
      if (keys.length === order.length && keys.every((k, i) => k === order[i])) return;
      order = keys;
      numbers.set($indicatorTableNumbers());
    });
  renumber();
  return mergeRegister(
    editor.registerUpdateListener(({ dirtyElements, tags }) => {
      if (dirtyElements.size > 0 || tags.has('historic')) renumber();
    }),
    editor.registerCommand(
      INSERT_INDICATOR_TABLE_COMMAND,
      (spec) => {
        if (editor.isComposing()) return true;
        $insertIndicatorTable(spec);
        return true;
      },
      COMMAND_PRIORITY_NORMAL,
    ),
    editor.registerCommand(
      UPDATE_INDICATOR_TABLE_COMMAND,
      ({ key, ...spec }) => {
        const node = $getNodeByKey(key);
        if (!$isIndicatorTableNode(node)) return false;
        node.setSpec(spec);
        return true;
      },
      COMMAND_PRIORITY_NORMAL,
    ),
  );
}
