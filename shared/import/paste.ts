// Text pasted into the editor, read the way an import reads a body: markers (一、 （一） 1. （1）
// and their variants) become levels, wrapped lines are joined, a 责任单位 line joins its item.
import { linesToBlocks } from './analyse';
import { splitLines } from './lines';
import type { ImportBlock, SourceLine } from './types';

/** The most text one paste takes, in characters: about five 300-item plans. */
export const MAX_PASTE_CHARS = 300_000;
/** Word's HTML is many times its text; past this the plain text of the clipboard is read instead. */
export const MAX_PASTE_HTML_CHARS = 4_000_000;

/** Why a paste of `chars` characters is refused, or null when it is taken. */
export function pasteTooLargeMessage(chars: number): string | null {
  if (chars <= MAX_PASTE_CHARS) return null;
  const wan = Math.max(1, Math.round(chars / 10_000));
  return `要粘贴的内容约有 ${wan} 万字，超过了一次粘贴的上限（${MAX_PASTE_CHARS / 10_000} 万字），没有粘贴。请分几次粘贴，或用“导入”读入整个文件。`;
}

export interface PastedText {
  blocks: ImportBlock[];
  /** A line carries a level (a marker, a heading style) or responsible units: the paste is structure. */
  structured: boolean;
}

export function readPastedLines(lines: readonly SourceLine[]): PastedText {
  const blocks = linesToBlocks(lines);
  const structured = blocks.some((b) => b.level !== 0 || b.units.lead.length + b.units.responsible.length > 0);
  return { blocks, structured };
}

export function readPastedText(text: string): PastedText {
  return readPastedLines(splitLines(text));
}
