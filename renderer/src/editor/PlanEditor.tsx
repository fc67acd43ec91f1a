// The structured editor of a plan: Lexical with the features of features.ts. The page talks to it
// through PlanEditorHandle (toolbar, 目录, item panel) and hears from it through the callbacks.
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $parseSerializedNode,
  $setSelection,
  BLUR_COMMAND,
  FOCUS_COMMAND,
  COMMAND_PRIORITY_LOW,
  REDO_COMMAND,
  UNDO_COMMAND,
  type EditorState,
  type LexicalEditor,
  type SerializedEditorState,
  type SerializedLexicalNode,
} from 'lexical';
import { memo, useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import type { NumberingMode } from '../../../shared/domain/plan';
import { emptyDocument, type DocumentLike, type IndicatorTableSpec, type ResponsibleUnits, type SerializedNodeLike } from '../../../shared/outline/document';
import type { BlockLevel } from '../../../shared/outline/numbering';
import { EDITOR_NODES, registerFeatures } from './features';
import { INSERT_INDICATOR_TABLE_COMMAND } from './indicator-table/commands';
import {
  DEMOTE_BLOCK_COMMAND,
  FOCUS_BLOCK_AT_COMMAND,
  FOCUS_BLOCK_COMMAND,
  MOVE_BLOCK_BEFORE_COMMAND,
  MOVE_BLOCK_COMMAND,
  PROMOTE_BLOCK_COMMAND,
  SET_BLOCK_LEVEL_COMMAND,
  SET_ITEM_META_COMMAND,
  SET_NUMBERING_MODE_COMMAND,
} from './outline/commands';
import { $isOutlineBlockNode } from './outline/OutlineBlockNode';
import { $topBlockOf } from './outline/structure';
import type { BlocksChange, EditorBlock } from './types';
import './editor.css';

export interface PlanEditorHandle {
  setLevel(level: BlockLevel): void;
  promote(): void;
  demote(): void;
  moveUp(): void;
  moveDown(): void;
  undo(): void;
  redo(): void;
  setItemMeta(uid: string, meta: { units?: ResponsibleUnits; deadline?: string }): void;
  focusBlock(uid: string): void;
  /** Moves a block with everything under it before another (null: to the end). */
  moveBlock(uid: string, beforeUid: string | null): void;
  /** The document as it is now, for saving. */
  getDocument(): SerializedEditorState;
  /** 插入专栏 after the block with the cursor. */
  insertIndicatorTable(spec: Partial<IndicatorTableSpec>): void;
}

export interface PlanEditorProps {
  ref?: Ref<PlanEditorHandle>;
  /** The saved document (null: a plan never edited). */
  initialDocument: unknown;
  numberingMode: NumberingMode;
  /** Open with the cursor in this block (the page's ?item=<uid>). */
  focusUid?: string | null;
  /** Or in the n-th top-level block, from 0 (the page's ?block=<n>). */
  focusBlock?: number | null;
  /** The document changed; serialise it (JSON.stringify calls its toJSON) only when saving. */
  onDocumentChange: (doc: EditorState) => void;
  /** The sections and items changed ('text': only leads, units or deadlines; the same entries and numbers). */
  onBlocksChange: (blocks: EditorBlock[], change: BlocksChange) => void;
  /** The section or item holding the cursor (null: a body paragraph). */
  onActiveBlockChange: (uid: string | null) => void;
  onNotice: (message: string) => void;
  onBlur: () => void;
}

const THEME = { paragraph: 'plan-body', root: 'plan-editor-root' };

/** Node types the document may hold: Lexical's own and the features'. */
function knownTypes(): Set<string> {
  return new Set(['root', 'paragraph', 'text', 'linebreak', 'tab', ...EDITOR_NODES.map((k) => k.getType())]);
}

/** Types in the document this editor cannot show; a document with any is not opened for editing. */
export function unknownNodeTypes(doc: DocumentLike): string[] {
  const known = knownTypes();
  const unknown = new Set<string>();
  const walk = (n: SerializedNodeLike) => {
    if (!known.has(n.type)) unknown.add(n.type);
    for (const c of n.children ?? []) walk(c);
  };
  walk(doc.root);
  return [...unknown];
}

function asDocument(value: unknown): DocumentLike {
  const doc = value as DocumentLike | null | undefined;
  return doc && typeof doc === 'object' && doc.root && Array.isArray(doc.root.children) ? doc : emptyDocument();
}

function PlanEditorView(props: PlanEditorProps) {
  const doc = asDocument(props.initialDocument);
  const unknown = useMemo(() => unknownNodeTypes(doc), [doc]);
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'plandesk-plan',
      nodes: [...EDITOR_NODES],
      theme: THEME,
      onError: (error: Error) => {
        console.error(error);
        props.onNotice(`编辑器出现意外错误（${error.message}），请撤销上一步操作后重试。`);
      },
      editorState: () => {
        const root = $getRoot();
        root.clear();
        root.append(...(doc.root.children ?? []).map((c) => $parseSerializedNode(c as SerializedLexicalNode)));
        if (root.getChildrenSize() === 0) root.append($createParagraphNode());
      },
    }),
    // The composer reads its config once; a new document is a new editor (the page changes the key).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  if (unknown.length > 0) {
    // Opening it would drop what this version cannot show, and the next save would lose it for good.
    return (
      <div className="plan-editor-refused" role="alert">
        正文中有这个版本的工作要点编制台不认识的内容（{unknown.join('、')}），可能由更新的版本写入。为免保存时丢失，正文暂不能在这里编辑；请升级到最新版本后再打开。
      </div>
    );
  }

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="plan-editor-frame">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="plan-editor"
              data-testid="plan-editor"
              aria-label="正文"
              aria-multiline
              spellCheck={false}
              autoCorrect="off"
            />
          }
          placeholder={<div className="plan-editor-placeholder">在这里输入正文。Ctrl+1 设为一级标题（一、），Ctrl+3 设为条目（1.）。</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <PlanEditorBridge {...props} />
    </LexicalComposer>
  );
}

/** The page's own changes (a keystroke's 目录 update, the save status) do not reach the editor's React tree. */
export const PlanEditor = memo(PlanEditorView);

/** Wires the features, the page's callbacks and the handle to the composer's editor. */
function PlanEditorBridge(props: PlanEditorProps) {
  const [editor] = useLexicalComposerContext();
  const callbacks = useRef(props);
  callbacks.current = props;

  useEffect(() => {
    let activeUid: string | null | undefined;
    return registerAll(editor, props.numberingMode, {
      onBlocks: (blocks, change) => callbacks.current.onBlocksChange(blocks, change),
      notify: (message) => callbacks.current.onNotice(message),
      onDocument: (state) => callbacks.current.onDocumentChange(state),
      onActive: (uid) => {
        if (uid === activeUid) return;
        activeUid = uid;
        callbacks.current.onActiveBlockChange(uid);
      },
      onBlur: () => callbacks.current.onBlur(),
    });
    // Registered once per editor; the mode has its own command below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  useEffect(() => {
    editor.dispatchCommand(SET_NUMBERING_MODE_COMMAND, props.numberingMode);
  }, [editor, props.numberingMode]);

  useEffect(() => {
    if (props.focusUid) focusBlock(editor, props.focusUid);
  }, [editor, props.focusUid]);

  useEffect(() => {
    if (props.focusBlock === null || props.focusBlock === undefined) return;
    editor.getRootElement()?.focus({ preventScroll: true });
    editor.dispatchCommand(FOCUS_BLOCK_AT_COMMAND, props.focusBlock);
  }, [editor, props.focusBlock]);

  useImperativeHandle(
    props.ref,
    () => ({
      setLevel: (level) => editor.dispatchCommand(SET_BLOCK_LEVEL_COMMAND, level),
      promote: () => editor.dispatchCommand(PROMOTE_BLOCK_COMMAND, undefined),
      demote: () => editor.dispatchCommand(DEMOTE_BLOCK_COMMAND, undefined),
      moveUp: () => editor.dispatchCommand(MOVE_BLOCK_COMMAND, 'up'),
      moveDown: () => editor.dispatchCommand(MOVE_BLOCK_COMMAND, 'down'),
      undo: () => editor.dispatchCommand(UNDO_COMMAND, undefined),
      redo: () => editor.dispatchCommand(REDO_COMMAND, undefined),
      setItemMeta: (uid, meta) => editor.dispatchCommand(SET_ITEM_META_COMMAND, { uid, ...meta }),
      focusBlock: (uid) => focusBlock(editor, uid),
      moveBlock: (uid, beforeUid) => editor.dispatchCommand(MOVE_BLOCK_BEFORE_COMMAND, { uid, beforeUid }),
      getDocument: () => editor.getEditorState().toJSON(),
      insertIndicatorTable: (spec) => editor.dispatchCommand(INSERT_INDICATOR_TABLE_COMMAND, spec),
    }),
    [editor],
  );
  return null;
}

function focusBlock(editor: LexicalEditor, uid: string): void {
  editor.getRootElement()?.focus({ preventScroll: true });
  editor.dispatchCommand(FOCUS_BLOCK_COMMAND, uid);
}

interface Listeners {
  onBlocks: (blocks: EditorBlock[], change: BlocksChange) => void;
  notify: (message: string) => void;
  onDocument: (state: EditorState) => void;
  onActive: (uid: string | null) => void;
  onBlur: () => void;
}

function registerAll(editor: LexicalEditor, numberingMode: NumberingMode, on: Listeners): () => void {
  const offFeatures = registerFeatures(editor, { numberingMode, notify: on.notify, onBlocks: on.onBlocks });
  const offUpdate = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
    if (dirtyElements.size > 0 || dirtyLeaves.size > 0 || tags.has('historic')) on.onDocument(editorState);
    on.onActive(
      editorState.read(() => {
        const selection = $getSelection();
        const node = $isRangeSelection(selection) ? selection.anchor.getNode() : (selection?.getNodes()[0] ?? null);
        const block = $topBlockOf(node);
        return $isOutlineBlockNode(block) ? block.getUid() : null;
      }),
    );
  });
  // Focus handed back by a dialog (保存版本, 版本记录) reaches the editor without a caret: the cursor
  // goes back where it was. After a click the caret is already there, and nothing is done.
  const offFocus = editor.registerCommand(
    FOCUS_COMMAND,
    () => {
      setTimeout(() => {
        const root = editor.getRootElement();
        const anchor = window.getSelection()?.anchorNode ?? null;
        if (!root || document.activeElement !== root || (anchor && root.contains(anchor))) return;
        editor.update(() => {
          const selection = $getSelection();
          if (!selection) $getRoot().selectStart();
          else {
            const again = selection.clone();
            again.dirty = true;
            $setSelection(again);
          }
        });
      }, 0);
      return false;
    },
    COMMAND_PRIORITY_LOW,
  );
  const offBlur = editor.registerCommand(
    BLUR_COMMAND,
    () => {
      on.onBlur();
      return false;
    },
    COMMAND_PRIORITY_LOW,
  );
  return () => {
    offFocus();
    offBlur();
    offUpdate();
    offFeatures();
  };
}
