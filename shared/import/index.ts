// Import of existing documents (text, .docx) into plans: the pure part, usable anywhere.
export { analyseLines, analyseText, linesToBlocks } from './analyse';
export { previewToDocument, type ToDocumentOptions } from './to-document';
export { splitLines } from './lines';
export type * from './types';
export { previewCounts, previewTree, type PreviewCounts, type PreviewNode } from './preview-tree';
