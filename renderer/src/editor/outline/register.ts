// The outline feature's behaviour: transforms that keep the structure sound (blocks at the top
// level, one uid per block), the keyboard (Ctrl+0..4, Tab, Enter, Alt+Up/Down) and the commands
// of commands.ts. Returns one cleanup. Nothing here touches text, so a composition is never disturbed.
import { mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_NORMAL,
  FORMAT_TEXT_COMMAND,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_TAB_COMMAND,
  SKIP_DOM_SELECTION_TAG,
  SKIP_SCROLL_INTO_VIEW_TAG,
  type EditorState,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import type { BlockLevel } from '../../../../shared/outline/numbering';
import {
  DEMOTE_BLOCK_COMMAND,
  FOCUS_BLOCK_AT_COMMAND,
  FOCUS_BLOCK_COMMAND,
  MOVE_BLOCK_BEFORE_COMMAND,
  MOVE_BLOCK_COMMAND,
  PROMOTE_BLOCK_COMMAND,
  SET_BLOCK_LEVEL_COMMAND,
  SET_ITEM_META_COMMAND,
} from './commands';
import { $isItemNode, ItemNode } from './ItemNode';
import { $isOutlineBlockNode, newUid, type OutlineBlockNode } from './OutlineBlockNode';
import { registerPaste } from './paste';
import { $isAtBlockStart } from './selection';
import { SectionNode } from './SectionNode';
import { registerWholeBlocks } from './wholeBlocks';
import {
  $demoteBlocks,
  $findBlock,
  $moveBlockBefore,
  $moveSelectedBlocks,
  $promoteBlocks,
  $selectedBlocks,
  $setBlockLevel,
  $topBlockOf,
} from './structure';

export interface OutlineOptions {
  /** A sentence for the user (a refused paste, a move that cannot go further). */
  notify: (message: string) => void;
}

/** Ctrl+0..4 (also the number pad): the level keys. */
function levelKey(event: KeyboardEvent): BlockLevel | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  const m = /^(?:Digit|Numpad)([0-4])$/.exec(event.code) ?? /^([0-4])$/.exec(event.key);
  return m ? (Number(m[1]) as BlockLevel) : null;
}

/**
 * A block copied inside the document (copy and paste, a duplicate) arrives with its original's uid:
 * the newer node (higher key) takes a fresh one, so the original keeps its links. A cut-and-paste
 * leaves one holder, which keeps the uid: moving text by cutting it keeps its indicators.
 * Only a block that was not a top-level block with this uid before the update (`before`) can be such
 * a copy; the others are not compared, so typing in an item does not look through the whole document.
 */
function $repairDuplicateUid(node: OutlineBlockNode, before: EditorState): void {
  const uid = node.getUid();
  const was = $getNodeByKey(node.getKey(), before);
  if ($isOutlineBlockNode(was) && was.__uid === uid && was.__parent === 'root') return;
  const key = Number(node.getKey());
  for (const other of $getRoot().getChildren()) {
    if (other === node || !$isOutlineBlockNode(other) || other.getUid() !== uid) continue;
    if (Number(other.getKey()) < key) {
      node.setUid(newUid());
      return;
    }
  }
}

/** A stored document's repeated uids (what a faulty copy may have left): each block but the oldest holder (lowest key) gets a fresh one. */
function $repairDuplicateUids(): void {
  const blocks = $getRoot().getChildren().filter($isOutlineBlockNode);
  const oldest = new Map<string, OutlineBlockNode>();
  for (const block of blocks) {
    const holder = oldest.get(block.getUid());
    if (!holder || Number(block.getKey()) < Number(holder.getKey())) oldest.set(block.getUid(), block);
  }
  for (const block of blocks) if (oldest.get(block.getUid()) !== block) block.setUid(newUid());
}

/** Sections and items live at the top level and hold only inline content (text, line breaks). */
function $repairPlacement(node: OutlineBlockNode): void {
  const parent = node.getParent();
  if (parent && parent.getKey() !== 'root') {
    const top = $topBlockOf(parent);
    if (top) top.insertAfter(node);
  }
  for (const child of node.getChildren()) {
    if ($isElementNode(child) && !child.isInline()) {
      // A block pasted inside: its inline content stays, the wrapper goes.
      for (const grandchild of child.getChildren()) child.insertBefore(grandchild);
      child.remove();
    }
  }
}


/** Enter in an outline block: an empty block goes one level up (Word's multilevel lists); at the start, a new block above. */
function $handleEnter(event: KeyboardEvent | null): boolean {
  if (event?.shiftKey) return false; // a line break inside the block
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const block = $topBlockOf(selection.anchor.getNode());
  if (!$isOutlineBlockNode(block)) return false;
  if (block.getTextContentSize() === 0) {
    const level = block.getLevel();
    const now = $setBlockLevel(block, (level - 1) as BlockLevel);
    if ($isElementNode(now)) now.selectStart();
    event?.preventDefault();
    return true;
  }
  if ($isAtBlockStart(selection, block)) {
    // The text keeps its block, its uid and its units; the new empty block goes above.
    block.insertBefore(block.createSibling());
    event?.preventDefault();
    return true;
  }
  return false;
}

/**
 * Backspace at the very start of a section or item takes its number away, as Word does with a
 * numbered paragraph: the text stays, as a body paragraph. A second Backspace joins it to the block
 * above. (Lexical would join first; its collapseAtStart comes too late for outline blocks.)
 */
function $handleBackspace(event: KeyboardEvent | null): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const block = $topBlockOf(selection.anchor.getNode());
  if (!$isOutlineBlockNode(block) || !$isAtBlockStart(selection, block)) return false;
  const paragraph = $setBlockLevel(block, 0);
  if ($isElementNode(paragraph)) paragraph.selectStart();
  event?.preventDefault();
  return true;
}

export function registerOutline(editor: LexicalEditor, options: OutlineOptions): () => void {
  const structural = (fn: () => void) => {
    // Never while a composition is open: its text must stay exactly where the IME put it.
    if (editor.isComposing()) return true;
    fn();
    return true;
  };
  const onSelectedBlocks = (fn: (blocks: LexicalNode[]) => void) => structural(() => fn($selectedBlocks()));
  /** The cursor to the start of a top-level block, which is brought to the middle of the page. */
  const $focus = (block: ElementNode | null): boolean => {
    if (!block) return false;
    $addUpdateTag(SKIP_SCROLL_INTO_VIEW_TAG);
    block.selectStart();
    const key = block.getKey();
    // After the DOM is updated.
    setTimeout(() => editor.getElementByKey(key)?.scrollIntoView({ block: 'center' }), 0);
    return true;
  };

  // The document as loaded is checked once, the first time the transforms run (registering them
  // marks every block); after that only the blocks an update brings in are compared.
  let loaded = false;
  const $blockTransform = (node: OutlineBlockNode) => {
    if (!node.isAttached()) return;
    if (!loaded) {
      loaded = true;
      $repairDuplicateUids();
    }
    $repairPlacement(node);
    $repairDuplicateUid(node, editor.getEditorState());
  };

  return mergeRegister(
    editor.registerNodeTransform(SectionNode, $blockTransform),
    editor.registerNodeTransform(ItemNode, $blockTransform),

    editor.registerCommand(
      SET_BLOCK_LEVEL_COMMAND,
      (level) => onSelectedBlocks((blocks) => blocks.forEach((b) => $setBlockLevel(b, level))),
      COMMAND_PRIORITY_NORMAL,
    ),
    editor.registerCommand(DEMOTE_BLOCK_COMMAND, () => onSelectedBlocks($demoteBlocks), COMMAND_PRIORITY_NORMAL),
    editor.registerCommand(PROMOTE_BLOCK_COMMAND, () => onSelectedBlocks($promoteBlocks), COMMAND_PRIORITY_NORMAL),
    editor.registerCommand(
      MOVE_BLOCK_COMMAND,
      (direction) =>
        structural(() => {
          if (!$moveSelectedBlocks(direction)) options.notify(direction === 'up' ? '已经在最前面，不能再上移。' : '已经在最后面，不能再下移。');
        }),
      COMMAND_PRIORITY_NORMAL,
    ),
    editor.registerCommand(
      MOVE_BLOCK_BEFORE_COMMAND,
      ({ uid, beforeUid }) =>
        structural(() => {
          $addUpdateTag(SKIP_DOM_SELECTION_TAG);
          $moveBlockBefore(uid, beforeUid);
        }),
      COMMAND_PRIORITY_NORMAL,
    ),
    editor.registerCommand(
      SET_ITEM_META_COMMAND,
      ({ uid, units, deadline }) => {
        // The item panel has the focus: the editor's selection must not take it back.
        $addUpdateTag(SKIP_DOM_SELECTION_TAG);
        const item = $findBlock(uid);
        if (!$isItemNode(item)) return false;
        if (units) item.setUnits(units);
        if (deadline !== undefined) item.setDeadline(deadline);
        return true;
      },
      COMMAND_PRIORITY_NORMAL,
    ),
    editor.registerCommand(FOCUS_BLOCK_COMMAND, (uid) => $focus($findBlock(uid)), COMMAND_PRIORITY_NORMAL),
    editor.registerCommand(
      FOCUS_BLOCK_AT_COMMAND,
      (index) => {
        const block = $getRoot().getChildAtIndex(index);
        if ($focus($isElementNode(block) ? block : null)) return true;
        options.notify(`正文中没有第 ${index + 1} 段，它可能已被删除或合并。`);
        return false;
      },
      COMMAND_PRIORITY_NORMAL,
    ),

    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        const level = levelKey(event);
        if (level === null) return false;
        event.preventDefault(); // Ctrl+0 would reset the zoom, Ctrl+1..4 switch browser tabs
        editor.dispatchCommand(SET_BLOCK_LEVEL_COMMAND, level);
        return true;
      },
      COMMAND_PRIORITY_NORMAL,
    ),
    editor.registerCommand(
      KEY_TAB_COMMAND,
      (event) => {
        // Tab stays in the document (a word processor's Tab), in a body paragraph too.
        event.preventDefault();
        editor.dispatchCommand(event.shiftKey ? PROMOTE_BLOCK_COMMAND : DEMOTE_BLOCK_COMMAND, undefined);
        return true;
      },
      COMMAND_PRIORITY_NORMAL,
    ),
    editor.registerCommand(KEY_ENTER_COMMAND, (event) => !editor.isComposing() && $handleEnter(event), COMMAND_PRIORITY_NORMAL),
    editor.registerCommand(KEY_BACKSPACE_COMMAND, (event) => !editor.isComposing() && $handleBackspace(event), COMMAND_PRIORITY_NORMAL),
    editor.registerCommand(
      KEY_ARROW_UP_COMMAND,
      (event) => moveKey(editor, event, 'up'),
      COMMAND_PRIORITY_NORMAL,
    ),
    editor.registerCommand(
      KEY_ARROW_DOWN_COMMAND,
      (event) => moveKey(editor, event, 'down'),
      COMMAND_PRIORITY_NORMAL,
    ),
    // The document is structure and plain text: bold and italics would not survive the official format.
    editor.registerCommand(FORMAT_TEXT_COMMAND, () => true, COMMAND_PRIORITY_NORMAL),
    registerPaste(editor, options.notify),
    registerWholeBlocks(editor),
  );
}

function moveKey(editor: LexicalEditor, event: KeyboardEvent, direction: 'up' | 'down'): boolean {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  event.preventDefault();
  editor.dispatchCommand(MOVE_BLOCK_COMMAND, direction);
  return true;
}

