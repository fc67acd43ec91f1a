// The outline feature's commands: the keyboard, the toolbar, the 目录 and the item panel all
// dispatch these, so each action is written once (register.ts).
import { createCommand, type LexicalCommand } from 'lexical';
import type { NumberingMode } from '../../../../shared/domain/plan';
import type { ResponsibleUnits } from '../../../../shared/outline/document';
import type { BlockLevel } from '../../../../shared/outline/numbering';

/** Makes the blocks holding the selection level 1-4, or body paragraphs (0). */
export const SET_BLOCK_LEVEL_COMMAND: LexicalCommand<BlockLevel> = createCommand('SET_BLOCK_LEVEL_COMMAND');
/** One level deeper (Tab): 一、 -> （一） -> 1. -> （1）. */
export const DEMOTE_BLOCK_COMMAND: LexicalCommand<void> = createCommand('DEMOTE_BLOCK_COMMAND');
/** One level higher (Shift+Tab). */
export const PROMOTE_BLOCK_COMMAND: LexicalCommand<void> = createCommand('PROMOTE_BLOCK_COMMAND');
/** Moves the block holding the cursor, with everything under it, past its neighbour (Alt+Up/Down). */
export const MOVE_BLOCK_COMMAND: LexicalCommand<'up' | 'down'> = createCommand('MOVE_BLOCK_COMMAND');
/** Moves a block with everything under it before another (null: to the end); the 目录's drag. */
export const MOVE_BLOCK_BEFORE_COMMAND: LexicalCommand<{ uid: string; beforeUid: string | null }> =
  createCommand('MOVE_BLOCK_BEFORE_COMMAND');
/** Sets an item's responsible units and/or deadline (the item panel). */
export const SET_ITEM_META_COMMAND: LexicalCommand<{ uid: string; units?: ResponsibleUnits; deadline?: string }> =
  createCommand('SET_ITEM_META_COMMAND');
/** Puts the cursor into a block and scrolls it into view (目录 click, ?item=<uid>). */
export const FOCUS_BLOCK_COMMAND: LexicalCommand<string> = createCommand('FOCUS_BLOCK_COMMAND');
/** The same for the n-th top-level block of the document, counted from 0 (?block=<n>, a format finding). */
export const FOCUS_BLOCK_AT_COMMAND: LexicalCommand<number> = createCommand('FOCUS_BLOCK_AT_COMMAND');
/** The plan's level-3 numbering changed: every number is drawn again. */
export const SET_NUMBERING_MODE_COMMAND: LexicalCommand<NumberingMode> = createCommand('SET_NUMBERING_MODE_COMMAND');
