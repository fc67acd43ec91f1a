// Paste: text with markers (一、 （一） 1. （1） …) or headings becomes sections and items; text
// without becomes plain paragraphs; Word/WPS HTML gives only its text and structure. The reading
// is the import pipeline's (shared/import). A paste too large for one go is refused with a sentence.
import { $generateNodesFromSerializedNodes } from '@lexical/clipboard';
import {
  $addUpdateTag,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_NORMAL,
  PASTE_COMMAND,
  PASTE_TAG,
  type ElementNode,
  type LexicalEditor,
  type PasteCommandType,
  type SerializedLexicalNode,
} from 'lexical';
import { splitLines } from '../../../../shared/import/lines';
import { MAX_PASTE_HTML_CHARS, pasteTooLargeMessage, readPastedLines, type PastedText } from '../../../../shared/import/paste';
import type { ImportBlock, SourceLine } from '../../../../shared/import/types';
import { htmlToLines } from './clipboardHtml';
import { $createItemNode } from './ItemNode';
import { $isOutlineBlockNode } from './OutlineBlockNode';
import { $createSectionNode } from './SectionNode';
import { $isAtBlockEnd, $isAtBlockStart } from './selection';
import { $topBlockOf } from './structure';

/** Lexical's own clipboard format: a copy made inside the editor, pasted as its nodes (uids repaired by register.ts). */
const LEXICAL_MIME = 'application/x-lexical-editor';

function transferOf(event: PasteCommandType): DataTransfer | null {
  if ('clipboardData' in event && event.clipboardData) return event.clipboardData;
  if ('dataTransfer' in event && event.dataTransfer) return event.dataTransfer;
  return null;
}

function $blockFor(b: ImportBlock): ElementNode {
  let node: ElementNode;
  if (b.level === 1 || b.level === 2) node = $createSectionNode(b.level);
  else if (b.level === 3 || b.level === 4) node = $createItemNode(b.level).setUnits(b.units);
  else node = $createParagraphNode();
  if (b.text) node.append($createTextNode(b.text));
  return node;
}

/** Paragraphs of plain text at the cursor, as if typed with Enter between them. */
function $insertPlain(texts: readonly string[]): void {
  texts.forEach((text, i) => {
    const at = $getSelection();
    if (!$isRangeSelection(at)) return;
    if (i > 0) at.insertParagraph();
    const next = $getSelection();
    if ($isRangeSelection(next) && text) next.insertText(text);
  });
}

/** Whole blocks at the cursor: into an empty block's place, before or after the block, or splitting it. */
export function $insertPasted(pasted: PastedText, lines: readonly SourceLine[]): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  if (!selection.isCollapsed()) selection.removeText();
  const at = $getSelection();
  if (!$isRangeSelection(at)) return;
  const block = $topBlockOf(at.anchor.getNode());
  const blockEmpty = !block || block.getTextContentSize() === 0;

  if (!pasted.structured) {
    // A single line goes in exactly as copied; several become paragraphs (wrapped lines joined).
    $insertPlain(lines.length === 1 ? [lines[0]!.text] : pasted.blocks.map((b) => b.text));
    return;
  }
  if (pasted.blocks.length === 1 && !blockEmpty) {
    // One marked line inside a sentence is a phrase: it goes in as written, marker and all.
    at.insertText(lines.map((l) => l.text.trim()).filter(Boolean).join(''));
    return;
  }

  $insertBlocks(pasted.blocks.map($blockFor));
}

/**
 * Whole blocks at a collapsed cursor: into an empty block's place, before or after the block, or
 * between its two halves. The block at the cursor keeps its kind and uid (as a paragraph does in Word).
 */
function $insertBlocks(nodes: readonly ElementNode[]): void {
  const at = $getSelection();
  if (nodes.length === 0 || !$isRangeSelection(at)) return;
  const block = $topBlockOf(at.anchor.getNode());
  if (!block) $getRoot().append(...nodes);
  else if (!$isElementNode(block)) for (const node of [...nodes].reverse()) block.insertAfter(node);
  else if (block.getTextContentSize() === 0) {
    for (const node of nodes) block.insertBefore(node);
    block.remove();
  } else if ($isAtBlockStart(at, block)) {
    for (const node of nodes) block.insertBefore(node);
  } else if ($isAtBlockEnd(at, block)) {
    for (const node of [...nodes].reverse()) block.insertAfter(node);
  } else {
    const rest = at.insertParagraph(); // the text after the cursor becomes its own block
    const after = rest ?? block;
    for (const node of nodes) after.insertBefore(node);
  }
  nodes[nodes.length - 1]!.selectEnd();
}

/**
 * A copy made inside the editor that holds whole blocks (from a block's start to the next block's
 * start) goes in as those blocks; Lexical would join the first into the block at the cursor and the
 * rest of that block into the last, so the block at the cursor lost its uid. False: not such a copy.
 */
function $pasteOwnBlocks(json: string): boolean {
  let nodes: SerializedLexicalNode[];
  try {
    nodes = (JSON.parse(json) as { nodes?: SerializedLexicalNode[] }).nodes ?? [];
  } catch {
    return false;
  }
  const selection = $getSelection();
  if (nodes.length === 0 || !$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const generated = $generateNodesFromSerializedNodes(nodes);
  if (!generated.every((n): n is ElementNode => $isElementNode(n) && !n.isInline() && $isOutlineOrParagraph(n))) return false;
  $insertBlocks(generated);
  return true;
}

function $isOutlineOrParagraph(node: ElementNode): boolean {
  return $isOutlineBlockNode(node) || $isParagraphNode(node);
}

export function registerPaste(editor: LexicalEditor, notify: (message: string) => void): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = transferOf(event);
      if (!data) return false;
      // A copy made inside the editor (a 专栏 has no text of its own) is Lexical's to paste, unless it is whole blocks.
      const own = data.getData(LEXICAL_MIME);
      if (own) {
        if (editor.isComposing() || !$pasteOwnBlocks(own)) return false;
        event.preventDefault();
        $addUpdateTag(PASTE_TAG);
        return true;
      }
      const text = data.getData('text/plain');
      const html = data.getData('text/html');
      if (!text && !html) {
        event.preventDefault();
        if (data.files.length > 0) notify('正文只能粘贴文字，图片和文件没有粘贴。');
        return true;
      }
      const refusal = pasteTooLargeMessage(text ? text.length : html.length);
      if (refusal) {
        event.preventDefault();
        notify(refusal);
        return true;
      }
      let lines = html && html.length <= MAX_PASTE_HTML_CHARS ? htmlToLines(html) : [];
      if (lines.length === 0) lines = splitLines(text);
      event.preventDefault();
      if (editor.isComposing()) return true;
      $addUpdateTag(PASTE_TAG);
      $insertPasted(readPastedLines(lines), lines);
      return true;
    },
    COMMAND_PRIORITY_NORMAL,
  );
}
