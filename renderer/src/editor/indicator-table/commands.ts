// The 专栏 feature's commands: the toolbar's 插入专栏 and the block's own 设置 dispatch these.
import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';
import type { IndicatorTableSpec } from '../../../../shared/outline/document';

/** Inserts a 专栏 after the block holding the cursor (an empty paragraph gives it its place). */
export const INSERT_INDICATOR_TABLE_COMMAND: LexicalCommand<Partial<IndicatorTableSpec>> = createCommand('INSERT_INDICATOR_TABLE_COMMAND');
/** Changes a 专栏's title or the targets it shows. */
export const UPDATE_INDICATOR_TABLE_COMMAND: LexicalCommand<{ key: NodeKey } & Partial<IndicatorTableSpec>> = createCommand('UPDATE_INDICATOR_TABLE_COMMAND');
