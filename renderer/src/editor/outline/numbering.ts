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
import type { EditorBlock } from '../types';
import { SET_NUMBERING_MODE_COMMAND } from './commands';
import { $isItemNode } from './ItemNode';
import { $blockLevel, $isOutlineBlockNode, type OutlineBlockNode } from './OutlineBlockNode';

export interface NumberingOptions {
  numberingMode: NumberingMode;
  onBlocks?: (blocks: EditorBlock[]) => void;
  /** Write the labels into the page (false without a DOM). */
  draw: boolean;
}

/** The name of the performance measure each renumbering leaves (read by `npm run bench`). */
export const RENUMBER_MEASURE = 'plandesk:renumber';

function sameBlocks(a: readonly EditorBlock[], b: readonly EditorBlock[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.uid !== y.uid || x.level !== y.level || x.label !== y.label || x.lead !== y.lead || x.units !== y.units || x.deadline !== y.deadline) return false;
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
  lead: string;
  /** Index into the block list (outline blocks only), -1 for body paragraphs. */
  index: number;
}

export function registerNumbering(editor: LexicalEditor, options: NumberingOptions): () => void {
  let mode = options.numberingMode;
  let seen = new Map<NodeKey, Seen>();
  /** The top-level blocks' keys in order, as of the last full pass. */
  let order: NodeKey[] = [];
  let last: EditorBlock[] = [];

  const emit = (blocks: EditorBlock[]) => {
    if (sameBlocks(last, blocks)) return;
    last = blocks;
    options.onBlocks?.(blocks);
  };

  /** Numbers every block again; dirty = the elements an update touched (their lead is read again), null = all. */
  const renumber = (state: EditorState, dirty: ReadonlyMap<NodeKey, unknown> | null) => {
    const start = performance.now();
    const blocks: EditorBlock[] = [];
    const fresh = new Map<NodeKey, Seen>();
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
          fresh.set(key, { level: 0, label: '', lead: '', index: -1 });
          return;
        }
        const before = seen.get(key);
        const lead = before && dirty !== null && !dirty.has(key) ? before.lead : leadSentence(node.getTextContent());
        fresh.set(key, { level: levels[i]!, label, lead, index: blocks.length });
        blocks.push($entry(node, label, lead));
      });
    });
    seen = fresh;
    if (typeof performance.measure === 'function') {
      performance.clearMeasures(RENUMBER_MEASURE);
      performance.measure(RENUMBER_MEASURE, { start, end: performance.now() });
    }
    emit(blocks);
  };

  /**
   * Typing changes text, not structure: only the touched blocks are read again (their lead sentence,
   * units, deadline) and no number moves. Returns false when the structure did change after all.
   */
  const retext = (state: EditorState, dirty: ReadonlyMap<NodeKey, unknown>): boolean => {
    let blocks: EditorBlock[] | null = null;
    const ok = state.read(() => {
      // Blocks added, removed or moved? (The root is marked dirty by any edit, so look at its children.)
      const keys = $getRoot().getChildrenKeys();
      if (keys.length !== order.length || keys.some((k, i) => k !== order[i])) return false;
      for (const key of dirty.keys()) {
        const was = seen.get(key);
        if (!was) continue; // not a top-level block (a text's parent chain)
        const node = $getNodeByKey(key);
        if (!node || !node.getParent()?.is($getRoot()) || $blockLevel(node) !== was.level) return false;
        if (!$isOutlineBlockNode(node)) continue;
        const lead = leadSentence(node.getTextContent());
        was.lead = lead;
        blocks ??= [...last];
        blocks[was.index] = $entry(node, was.label, lead);
      }
      return true;
    });
    if (ok && blocks) emit(blocks);
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
