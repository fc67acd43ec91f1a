// A headless editor with the app's features, for tests: the same nodes, transforms, commands and
// numbering as the page, without a DOM.
import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isTextNode,
  $parseSerializedNode,
  $setSelection,
  type LexicalEditor,
  type SerializedLexicalNode,
} from 'lexical';
import type { NumberingMode } from '../../../shared/domain/plan';
import type { DocumentLike } from '../../../shared/outline/document';
import { EDITOR_NODES, registerFeatures } from '../../../renderer/src/editor/features';
import { $findBlock } from '../../../renderer/src/editor/outline/structure';
import type { BlocksChange, EditorBlock } from '../../../renderer/src/editor/types';

export interface Harness {
  editor: LexicalEditor;
  /** The block list the page last received (目录, item panel). */
  blocks: () => EditorBlock[];
  /** Every block list the page received, with what kind of change it was, in order. */
  received: { blocks: EditorBlock[]; change: BlocksChange }[];
  notices: string[];
  /** Labels + text of every block in document order, body paragraphs as '¶text'. */
  lines: () => string[];
  uids: () => string[];
  update: (fn: () => void) => void;
  /** Puts a collapsed cursor into the block `uid` (or the index-th top-level block) at `offset`. */
  cursor: (at: string | number, offset?: number | 'end') => void;
  json: () => DocumentLike;
  close: () => void;
}

export function harness(doc?: DocumentLike, mode: NumberingMode = 'continuous'): Harness {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: [...EDITOR_NODES],
    onError: (e) => {
      throw e;
    },
  });
  let blocks: EditorBlock[] = [];
  const received: { blocks: EditorBlock[]; change: BlocksChange }[] = [];
  const notices: string[] = [];
  const update = (fn: () => void) => editor.update(fn, { discrete: true });
  if (doc) {
    update(() => {
      const root = $getRoot();
      root.clear();
      root.append(...(doc.root.children ?? []).map((c) => $parseSerializedNode(c as SerializedLexicalNode)));
    });
  }
  const close = mergeRegister(
    registerRichText(editor),
    registerHistory(editor, createEmptyHistoryState(), 0),
    registerFeatures(editor, {
      numberingMode: mode,
      notify: (m) => notices.push(m),
      onBlocks: (b, change) => {
        blocks = b;
        received.push({ blocks: b, change });
      },
      headless: true,
    }),
  );
  // The transforms' first pass over the loaded blocks (registration marks them dirty).
  update(() => {});

  // Commands run synchronously but commit in a microtask; a discrete update commits what is pending.
  const flush = () => update(() => {});
  const lines = () => {
    flush();
    const out: string[] = [];
    const labels = new Map(blocks.map((b) => [b.uid, b.label]));
    editor.getEditorState().read(() => {
      for (const node of $getRoot().getChildren()) {
        const uid = (node as { __uid?: string }).__uid;
        out.push(uid ? `${labels.get(uid) ?? '?'}${node.getTextContent()}` : `¶${node.getTextContent()}`);
      }
    });
    return out;
  };
  const uids = () => {
    flush();
    return blocks.map((b) => b.uid);
  };
  const cursor = (at: string | number, offset: number | 'end' = 0) =>
    update(() => {
      const block = typeof at === 'string' ? $findBlock(at) : $getRoot().getChildAtIndex(at);
      if (!block || !$isElementNode(block)) throw new Error(`no block ${at}`);
      const text = block.getFirstDescendant();
      const selection = $createRangeSelection();
      if ($isTextNode(text)) {
        const o = offset === 'end' ? text.getTextContentSize() : offset;
        selection.anchor.set(text.getKey(), o, 'text');
        selection.focus.set(text.getKey(), o, 'text');
      } else {
        selection.anchor.set(block.getKey(), 0, 'element');
        selection.focus.set(block.getKey(), 0, 'element');
      }
      $setSelection(selection);
    });
  const json = () => {
    flush();
    return editor.getEditorState().toJSON() as unknown as DocumentLike;
  };
  return {
    editor,
    blocks: () => {
      flush();
      return blocks;
    }, received, notices, lines, uids, update, cursor, json, close };
}
