// The lead sentence of each item (its text up to the first 。) shown emphasised, through the CSS
// Custom Highlight API: ranges over the text as it is on the page, styled by ::highlight(plan-lead).
// Nothing in the document or the DOM changes, so an IME composing in the sentence is never disturbed.
import { $getNodeByKey, $getRoot, HISTORIC_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import { splitLead } from '../../../../shared/outline/lead';
import { $isItemNode } from './ItemNode';

export const LEAD_HIGHLIGHT = 'plan-lead';
const SENTENCE_END = /[。！？!?]/;

/** A range over the element's text from its start through the first sentence end, or null. */
function leadRange(el: HTMLElement): Range | null {
  const text = el.textContent ?? '';
  if (!SENTENCE_END.test(text)) return null; // no sentence yet: nothing stands out
  const length = splitLead(text)[0].length;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let first: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    first ??= node;
    const size = node.data.length;
    if (seen + size >= length) {
      const range = document.createRange();
      range.setStart(first, 0);
      range.setEnd(node, length - seen);
      return range;
    }
    seen += size;
  }
  return null;
}

function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}

export function registerLeadHighlight(editor: LexicalEditor): () => void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return () => {};
  const highlight = new Highlight();
  CSS.highlights.set(LEAD_HIGHLIGHT, highlight);
  const ranges = new Map<NodeKey, Range>();

  /** The item's range measured again from its element; a range that did not move is kept, so nothing repaints. */
  const $measure = (key: NodeKey) => {
    const old = ranges.get(key);
    const el = editor.getElementByKey(key);
    const range = el ? leadRange(el) : null;
    if (range && old && sameRange(old, range)) return;
    if (old) {
      highlight.delete(old);
      ranges.delete(key);
    }
    if (range) {
      highlight.add(range);
      ranges.set(key, range);
    }
  };

  /** Every item again (null) or only those an update touched, plus whatever items came or went. */
  const refresh = (dirty: ReadonlyMap<NodeKey, boolean> | null) => {
    editor.getEditorState().read(() => {
      // The root is written (true) only when blocks are added, removed or moved; typing marks it
      // only as a parent (false), and then only the touched items are looked at.
      if (dirty !== null && dirty.get('root') === false) {
        for (const key of dirty.keys()) {
          const node = $getNodeByKey(key);
          if ($isItemNode(node) && node.getParent()?.is($getRoot())) $measure(key);
        }
        return;
      }
      const items = new Set<NodeKey>();
      for (const node of $getRoot().getChildren()) {
        if (!$isItemNode(node)) continue;
        const key = node.getKey();
        items.add(key);
        // A live range follows the text it covers; an item the update did not touch keeps its range.
        const old = ranges.get(key);
        if (!old || old.collapsed || dirty === null || dirty.has(key)) $measure(key);
      }
      for (const [key, range] of ranges) {
        if (items.has(key)) continue;
        highlight.delete(range);
        ranges.delete(key);
      }
    });
  };

  const offUpdate = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
    if (tags.has(HISTORIC_TAG)) refresh(null);
    else if (dirtyElements.size > 0 || dirtyLeaves.size > 0) refresh(dirtyElements);
  });
  const offRoot = editor.registerRootListener((root) => {
    if (root) refresh(null);
  });
  return () => {
    offUpdate();
    offRoot();
    CSS.highlights.delete(LEAD_HIGHLIGHT);
  };
}
