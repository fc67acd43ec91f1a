// A selection dragged (or Shift+Down-ed) from one block to the very start of a later block takes
// whole blocks, not the start of that last one. Lexical would still count the last block in: a
// deletion, typing, a paste or a cut joined what was left into the first block, so the heading or
// item after the selection lost its kind, its uid and its indicators. Here the selection ends at the
// end of the block before instead; a deletion that started at a block's start takes the emptied
// block away too, and a copy holds the blocks themselves (as Word does with paragraphs selected
// with their marks).
import { $getClipboardDataFromSelection, setLexicalClipboardDataTransfer } from '@lexical/clipboard';
import { mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  COPY_COMMAND,
  CUT_COMMAND,
  CUT_TAG,
  DELETE_CHARACTER_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type PointType,
  type RangeSelection,
} from 'lexical';
import { $pointAtStart } from './selection';
import { $topBlockOf } from './structure';

/** A selection from `first` to the very start of `after`. */
interface WholeBlocks {
  first: ElementNode;
  /** The block `after` follows: where the selection really ends. */
  last: ElementNode;
  /** The block whose start the selection reached; it is left alone. */
  after: ElementNode;
  /** The selection began at the very start of `first`: it holds whole blocks only. */
  fromStart: boolean;
}

function $endPoints(selection: RangeSelection): [PointType, PointType] {
  return selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
}

function $endOf(block: ElementNode): [string, number, 'text' | 'element'] {
  const text = block.getLastDescendant();
  return $isTextNode(text) ? [text.getKey(), text.getTextContentSize(), 'text'] : [block.getKey(), block.getChildrenSize(), 'element'];
}

/** The blocks a selection ending at the start of a later block covers; null when it is not such a selection. */
function $wholeBlocksOf(selection: RangeSelection): WholeBlocks | null {
  if (selection.isCollapsed()) return null;
  const [start, end] = $endPoints(selection);
  const first = $topBlockOf(start.getNode());
  const after = $topBlockOf(end.getNode());
  if (!$isElementNode(first) || !$isElementNode(after) || first.is(after) || !$pointAtStart(end, after)) return null;
  const last = after.getPreviousSibling();
  if (!$isElementNode(last) || last.isInline()) return null; // a 专栏 before it: Lexical's own way
  const [key, offset] = $endOf(last);
  // Only the break between two blocks was selected: deleting it joins them, as it should.
  if (start.key === key && start.offset === offset) return null;
  return { first, last, after, fromStart: $pointAtStart(start, first) };
}

/** Ends the current selection at the end of the block before the one whose start it reached. */
export function $endAtBlockBefore(): WholeBlocks | null {
  const selection = $getSelection();
  const blocks = $isRangeSelection(selection) ? $wholeBlocksOf(selection) : null;
  if (!blocks || !$isRangeSelection(selection)) return null;
  $endPoints(selection)[1].set(...$endOf(blocks.last));
  return blocks;
}

/** The selection to copy: whole blocks as blocks (their uids and units along), else up to the end of the block before. */
export function $selectionToCopy(): RangeSelection | null {
  const selection = $getSelection();
  const blocks = $isRangeSelection(selection) ? $wholeBlocksOf(selection) : null;
  if (!blocks || !$isRangeSelection(selection)) return null;
  const copy = selection.clone();
  if (blocks.fromStart) {
    const root = $getRoot().getKey();
    copy.anchor.set(root, blocks.first.getIndexWithinParent(), 'element');
    copy.focus.set(root, blocks.after.getIndexWithinParent(), 'element');
  } else {
    $endPoints(copy)[1].set(...$endOf(blocks.last));
  }
  return copy;
}

/** Deletes the whole blocks selected; false when the selection is not of that kind. */
function $deleteWholeBlocks(): boolean {
  const blocks = $endAtBlockBefore();
  const selection = $getSelection();
  if (!blocks || !$isRangeSelection(selection)) return false;
  selection.removeText();
  // The first block keeps what came before the selection; emptied, it goes as the others did.
  if (blocks.fromStart && blocks.first.isAttached() && blocks.first.getTextContentSize() === 0) {
    blocks.first.remove();
    blocks.after.selectStart();
  }
  return true;
}

/** Puts the whole blocks selected on the clipboard of a copy or cut event; false when Lexical should copy. */
function $copyWholeBlocks(event: ClipboardEvent | KeyboardEvent | null): boolean {
  const copy = $selectionToCopy();
  const transfer = event && 'clipboardData' in event ? event.clipboardData : null;
  if (!copy || !transfer) return false;
  event!.preventDefault();
  setLexicalClipboardDataTransfer(transfer, $getClipboardDataFromSelection(copy));
  return true;
}

export function registerWholeBlocks(editor: LexicalEditor): () => void {
  const adjustOnly = () => {
    $endAtBlockBefore();
    return false; // the usual handler goes on with the corrected selection
  };
  const deleting = (event: KeyboardEvent | null) => {
    if (editor.isComposing() || !$deleteWholeBlocks()) return false;
    event?.preventDefault();
    return true;
  };
  return mergeRegister(
    editor.registerCommand(KEY_BACKSPACE_COMMAND, deleting, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(KEY_DELETE_COMMAND, deleting, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DELETE_CHARACTER_COMMAND, () => deleting(null), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(REMOVE_TEXT_COMMAND, () => deleting(null), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(COPY_COMMAND, (event) => $copyWholeBlocks(event), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(
      CUT_COMMAND,
      (event) => {
        if (!$copyWholeBlocks(event)) return false;
        $addUpdateTag(CUT_TAG);
        return $deleteWholeBlocks();
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(CONTROLLED_TEXT_INSERTION_COMMAND, adjustOnly, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(PASTE_COMMAND, adjustOnly, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(KEY_ENTER_COMMAND, adjustOnly, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, adjustOnly, COMMAND_PRIORITY_HIGH),
  );
}
