// The numbers, drawn: after every update one listener numbers the top-level blocks with the
// shared numberBlocks and writes each label into its element's data-label (CSS draws it with
// ::before), touching only elements whose label changed. It also hands the page the block list
// (uid, level, label, lead sentence, units, deadline) for the 目录 and the item panel.
import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  COMMAND_PRIORITY_NORMAL,
  HISTORIC_TAG,
  type EditorState,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import type { NumberingMode } from '../../../../shared/domain/plan';
import { leadSentence } from '../../../../shared/outline/lead';
import { numberBlocks } from '../../../../shared/outline/numbering';
import type { EditorBlock } from '../types';
import { SET_NUMBERING_MODE_COMMAND } from './commands';
import { $isItemNode } from './ItemNode';
import { $blockLevel, $isOutlineBlockNode, type OutlineBlockNode } from './OutlineBlockNode';
import { $isSectionNode } from './SectionNode';

export interface NumberingOptions {
  numberingMode: NumberingMode;
  onBlocks?: (blocks: EditorBlock[]) => void;
  /** Write the labels into the page (false without a DOM). */
  draw: boolean;
}

/** The name of the performance measure each renumbering leaves (read by `npm run bench`). */
export const RENUMBER_MEASURE = 'plandesk:renumber';

const NO_UNITS = { lead: [], responsible: [] };

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
    units: $isItemNode(node) || $isSectionNode(node) ? node.getUnits() : NO_UNITS,
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

export function registerNumbering(editor: LexicalEditor, options: NumberingOptions): () => void {
  let mode = options.numberingMode;
  /** Lead sentences by block key; recomputed only for blocks an update touched. */
  let leads = new Map<NodeKey, string>();
  let last: EditorBlock[] = [];

  /** dirty = the elements an update touched, or null to read everything again. */
  const refresh = (state: EditorState, dirty: ReadonlyMap<NodeKey, unknown> | null) => {
    const start = performance.now();
    const blocks: EditorBlock[] = [];
    const fresh = new Map<NodeKey, string>();
    state.read(() => {
      const children = $getRoot().getChildren();
      const numbers = numberBlocks(children.map($blockLevel), mode);
      children.forEach((node, i) => {
        const key = node.getKey();
        const label = numbers[i]!.marker;
        const el = options.draw ? editor.getElementByKey(key) : null;
        if (el && (el.getAttribute('data-label') ?? '') !== label) {
          if (label) el.setAttribute('data-label', label);
          else el.removeAttribute('data-label');
        }
        if (!$isOutlineBlockNode(node)) return;
        let lead = leads.get(key);
        if (lead === undefined || dirty === null || dirty.has(key)) lead = leadSentence(node.getTextContent());
        fresh.set(key, lead);
        blocks.push($entry(node, label, lead));
      });
    });
    leads = fresh;
    if (typeof performance.measure === 'function') {
      performance.clearMeasures(RENUMBER_MEASURE);
      performance.measure(RENUMBER_MEASURE, { start, end: performance.now() });
    }
    if (!sameBlocks(last, blocks)) {
      last = blocks;
      options.onBlocks?.(blocks);
    }
  };

  refresh(editor.getEditorState(), null);
  return mergeRegister(
    editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has(HISTORIC_TAG)) refresh(editorState, null); // undo/redo: another document, same keys
      else if (dirtyElements.size > 0 || dirtyLeaves.size > 0) refresh(editorState, dirtyElements);
      // else: only the selection moved
    }),
    // The elements exist only once the editor is on the page.
    options.draw
      ? editor.registerRootListener((root) => {
          if (root) refresh(editor.getEditorState(), null);
        })
      : () => {},
    editor.registerCommand(
      SET_NUMBERING_MODE_COMMAND,
      (next) => {
        mode = next;
        refresh(editor.getEditorState(), null);
        return true;
      },
      COMMAND_PRIORITY_NORMAL,
    ),
  );
}
