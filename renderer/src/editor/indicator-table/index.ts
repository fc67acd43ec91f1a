// The 专栏 feature: the indicator-table block, its commands and its numbers (专栏一 …).
import type { EditorFeature } from '../features';
import { IndicatorTableNode } from './IndicatorTableNode';
import { registerIndicatorTables } from './register';

export const indicatorTableFeature: EditorFeature = {
  name: 'indicator-table',
  nodes: [IndicatorTableNode],
  register: (editor) => registerIndicatorTables(editor),
};
