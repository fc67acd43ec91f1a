// Where a collapsed selection (or one of its points) sits inside a block: at its start, at its end.
import { mergeRegister } from '@lexical/utils';
import {
  $createRangeSelectionFromDom,
  COMMAND_PRIORITY_CRITICAL,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalEditor,
  type PointType,
  type RangeSelection,
} from 'lexical';

export function $pointAtStart(point: PointType, block: ElementNode): boolean {
  if (point.type === 'element') return point.key === block.getKey() && point.offset === 0;
  const first = block.getFirstDescendant();
  return point.offset === 0 && first !== null && first.getKey() === point.key;
}

function $pointAtEnd(point: PointType, block: ElementNode): boolean {
  if (point.type === 'element') return point.key === block.getKey() && point.offset === block.getChildrenSize();
  const last = block.getLastDescendant();
  return last !== null && last.getKey() === point.key && $isTextNode(last) && point.offset === last.getTextContentSize();
}

export function $isAtBlockStart(selection: RangeSelection, block: ElementNode): boolean {
  return selection.isCollapsed() && $pointAtStart(selection.anchor, block);
}

export function $isAtBlockEnd(selection: RangeSelection, block: ElementNode): boolean {
  return selection.isCollapsed() && $pointAtEnd(selection.anchor, block);
}

/**
 * The caret where the browser has it. A key pressed right after Home, End or an arrow can reach the
 * editor before the browser's selectionchange does, and Lexical would act at the caret's old place
 * (Enter splitting the item where the cursor was a moment ago). Keys that change the text take the
 * browser's caret first (and leave the key to the other handlers: false). Never while composing:
 * the IME owns the selection then.
 */
function $takeDomSelection(editor: LexicalEditor): false {
  if (editor.isComposing()) return false;
  const current = $getSelection();
  const root = editor.getRootElement();
  if (!$isRangeSelection(current) || !root) return false;
  const dom = root.ownerDocument.defaultView?.getSelection() ?? null;
  if (!dom?.anchorNode || !dom.focusNode || !root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return false;
  const fresh = $createRangeSelectionFromDom(dom, editor);
  if (fresh && !(fresh.anchor.is(current.anchor) && fresh.focus.is(current.focus))) $setSelection(fresh);
  return false;
}

/** Enter, Backspace and Delete take the browser's caret before any other handler runs (not headless: there is no browser). */
export function registerCaretSync(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(KEY_ENTER_COMMAND, () => $takeDomSelection(editor), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(KEY_BACKSPACE_COMMAND, () => $takeDomSelection(editor), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(KEY_DELETE_COMMAND, () => $takeDomSelection(editor), COMMAND_PRIORITY_CRITICAL),
  );
}
