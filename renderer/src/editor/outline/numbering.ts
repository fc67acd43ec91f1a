// The numbers, drawn: after every update one listener numbers the top-level blocks with the
// shared numberBlocks and writes each label into its element's data-label (CSS draws it with
// ::before), touching only elements whose label changed. It also hands the page the block list
// (uid, level, label, lead sentence, units, deadline) for the 目录 and the item panel.
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getRoot,
  COMMAND_PRIORITY_NORMAL,
  HISTORIC_TAG,
  type EditorState,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import type { NumberingMode } from '../../../../shared/domain/plan';
import { leadSentence } from '../../../../shared/outline/lead';
import { numberBlocks, type BlockLevel } from '../../../../shared/outline/numbering';
import type { BlocksChange, EditorBlock } from '../types';
import { SET_NUMBERING_MODE_COMMAND } from './commands';
import { $isItemNode } from './ItemNode';
import { $blockLevel, $isOutlineBlockNode, type OutlineBlockNode } from './OutlineBlockNode';

export interface NumberingOptions {
  numberingMode: NumberingMode;
  onBlocks?: (blocks: EditorBlock[], change: BlocksChange) => void;
  /** Write the labels into the page (false without a DOM). */
  draw: boolean;
}

/** The name of the performance measure each renumbering leaves (read by `npm run bench`). */
export const RENUMBER_MEASURE = 'plandesk:renumber';

/** Same entry, same look: the 目录 and the item panel have nothing to redraw. */
function sameEntry(x: EditorBlock, y: EditorBlock): boolean {
  return x.uid === y.uid && x.level === y.level && x.label === y.label && x.lead === y.lead && x.units === y.units && x.deadline === y.deadline;
}

/** Same entries in the same order with the same levels and numbers (leads, units, deadlines aside). */
function sameStructure(a: readonly EditorBlock[], b: readonly EditorBlock[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.uid !== y.uid || x.level !== y.level || x.label !== y.label) return false;
  }
  return true;
}

function $entry(node: OutlineBlockNode, label: string, lead: string): EditorBlock {
  return {
    uid: node.getUid(),
    level: node.getLevel(),
    label,
    lead,
    units: node.getUnits(),
    deadline: $isItemNode(node) ? node.getDeadline() : '',
  };
}

/** The block list of a document state, with labels: what the listener hands the page. */
export function readBlocks(state: EditorState, mode: NumberingMode): EditorBlock[] {
  return state.read(() => {
    const children = $getRoot().getChildren();
    const numbers = numberBlocks(children.map($blockLevel), mode);
    return children.flatMap((node, i) =>
      $isOutlineBlockNode(node) ? [$entry(node, numbers[i]!.marker, leadSentence(node.getTextContent()))] : [],
    );
  });
}

/** What the last full pass saw of one top-level block. */
interface Seen {
  level: BlockLevel;
  label: string;
  /** Index into the block list (outline blocks only), -1 for body paragraphs. */
  index: number;
}

export function registerNumbering(editor: LexicalEditor, options: NumberingOptions): () => void {
  let mode = options.numberingMode;
  let seen = new Map<NodeKey, Seen>();
  /** The top-level blocks' keys in order, as of the last full pass. */
  let order: NodeKey[] = [];
  let last: EditorBlock[] = [];

  /** Numbers every block again; dirty = the elements an update touched (their lead is read again), null = all. */
  const renumber = (state: EditorState, dirty: ReadonlyMap<NodeKey, unknown> | null) => {
    const start = performance.now();
    const blocks: EditorBlock[] = [];
    const fresh = new Map<NodeKey, Seen>();
    const before = new Map<string, EditorBlock>();
    for (const b of last) before.set(b.uid, b);
    state.read(() => {
      const children = $getRoot().getChildren();
      order = children.map((c) => c.getKey());
      const levels = children.map($blockLevel);
      const numbers = numberBlocks(levels, mode);
      children.forEach((node, i) => {
        const key = node.getKey();
        const label = numbers[i]!.marker;
        const el = options.draw ? editor.getElementByKey(key) : null;
        if (el && (el.getAttribute('data-label') ?? '') !== label) {
          if (label) el.setAttribute('data-label', label);
          else el.removeAttribute('data-label');
        }
        if (!$isOutlineBlockNode(node)) {
          fresh.set(key, { level: 0, label: '', index: -1 });
          return;
        }
        fresh.set(key, { level: levels[i]!, label, index: blocks.length });
        const old = before.get(node.getUid());
        // The lead of a block the update did not touch is as it was: its text is not read again.
        const lead = old && dirty !== null && !dirty.has(key) && seen.has(key) ? old.lead : leadSentence(node.getTextContent());
        const entry = $entry(node, label, lead);
        // An entry that looks the same keeps its identity: what shows it need not look again.
        blocks.push(old && sameEntry(old, entry) ? old : entry);
      });
    });
    seen = fresh;
    if (typeof performance.measure === 'function') {
      performance.clearMeasures(RENUMBER_MEASURE);
      performance.measure(RENUMBER_MEASURE, { start, end: performance.now() });
    }
    const structural = !sameStructure(last, blocks);
    if (!structural && blocks.every((b, i) => b === last[i])) return;
    last = blocks;
    options.onBlocks?.(blocks, structural ? 'structure' : 'text');
  };

  /**
   * Typing changes text, not structure: only the touched blocks are read again (their lead sentence,
   * units, deadline) and no number moves; the work is that of the blocks touched, not of the document.
   * Returns false when the structure did change after all.
   */
  const retext = (state: EditorState, dirty: ReadonlyMap<NodeKey, boolean>): boolean => {
    let blocks: EditorBlock[] | null = null;
    const ok = state.read(() => {
      // The root is marked dirty (false) as the parent of any edit, and written (true) only when its
      // children change: then look whether blocks were added, removed or moved.
      if (dirty.get('root') !== false) {
        const keys = $getRoot().getChildrenKeys();
        if (keys.length !== order.length || keys.some((k, i) => k !== order[i])) return false;
      }
      for (const key of dirty.keys()) {
        const was = seen.get(key);
        if (!was) continue; // not a top-level block (a text's parent chain)
        const node = $getNodeByKey(key);
        if (!node || !node.getParent()?.is($getRoot()) || $blockLevel(node) !== was.level) return false;
        if (!$isOutlineBlockNode(node)) continue;
        const entry = $entry(node, was.label, leadSentence(node.getTextContent()));
        const old = last[was.index]!;
        if (entry.uid !== old.uid) return false; // another block's uid: the entries are not the same
        if (sameEntry(entry, old)) continue;
        blocks ??= [...last];
        blocks[was.index] = entry;
      }
      return true;
    });
    if (ok && blocks) {
      last = blocks;
      options.onBlocks?.(blocks, 'text');
    }
    return ok;
  };

  renumber(editor.getEditorState(), null);
  return mergeRegister(
    editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has(HISTORIC_TAG)) renumber(editorState, null); // undo/redo: another document, same keys
      else if (dirtyElements.size > 0 || dirtyLeaves.size > 0) {
        if (!retext(editorState, dirtyElements)) renumber(editorState, dirtyElements);
      }
      // else: only the selection moved
    }),
    // The elements exist only once the editor is on the page.
    options.draw
      ? editor.registerRootListener((root) => {
          if (root) renumber(editor.getEditorState(), null);
        })
      : () => {},
    editor.registerCommand(
      SET_NUMBERING_MODE_COMMAND,
      (next) => {
        mode = next;
        renumber(editor.getEditorState(), null);
        return true;
      },
      COMMAND_PRIORITY_NORMAL,
    ),
  );
}
