// The editor is built from features, each one folder with its nodes and one register function
// (transforms, commands, listeners) returning a single cleanup. A new block kind (say the 专栏
// indicator table) is a new folder and one more entry in EDITOR_FEATURES.
import { mergeRegister } from '@lexical/utils';
import type { Klass, LexicalEditor, LexicalNode } from 'lexical';
import type { NumberingMode } from '../../../shared/domain/plan';
import { indicatorTableFeature } from './indicator-table/index';
import { outlineFeature } from './outline/index';
import type { BlocksChange, EditorBlock } from './types';

/** What the page gives the features of one editor. */
export interface EditorContext {
  /** The plan's level-3 numbering when the editor opens (SET_NUMBERING_MODE_COMMAND changes it). */
  numberingMode: NumberingMode;
  /** Shows a sentence to the user (a refused paste, a move that cannot go further). */
  notify: (message: string) => void;
  /** The sections and items, after every change that alters them, and what kind of change it was. */
  onBlocks?: (blocks: EditorBlock[], change: BlocksChange) => void;
  /** No page to draw on (headless tests and tools): features leave the DOM alone. */
  headless?: boolean;
}

export interface EditorFeature {
  name: string;
  nodes: readonly Klass<LexicalNode>[];
  register: (editor: LexicalEditor, context: EditorContext) => () => void;
}

export const EDITOR_FEATURES: readonly EditorFeature[] = [outlineFeature, indicatorTableFeature];

export const EDITOR_NODES: readonly Klass<LexicalNode>[] = EDITOR_FEATURES.flatMap((f) => f.nodes);

export function registerFeatures(editor: LexicalEditor, context: EditorContext): () => void {
  return mergeRegister(...EDITOR_FEATURES.map((f) => f.register(editor, context)));
}
