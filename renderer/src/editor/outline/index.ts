// The outline feature: sections and items, their numbers, lead sentences, keyboard and paste.
import { mergeRegister } from '@lexical/utils';
import type { EditorFeature } from '../features';
import { ItemNode } from './ItemNode';
import { registerLeadHighlight } from './leadHighlight';
import { registerNumbering } from './numbering';
import { registerOutline } from './register';
import { registerCaretSync } from './selection';
import { SectionNode } from './SectionNode';

export const outlineFeature: EditorFeature = {
  name: 'outline',
  nodes: [SectionNode, ItemNode],
  register: (editor, context) =>
    mergeRegister(
      registerOutline(editor, { notify: context.notify }),
      registerNumbering(editor, { numberingMode: context.numberingMode, onBlocks: context.onBlocks, draw: !context.headless }),
      context.headless ? () => {} : registerLeadHighlight(editor),
      context.headless ? () => {} : registerCaretSync(editor),
    ),
};
