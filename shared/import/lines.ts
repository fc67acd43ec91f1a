// Splitting a text into numbered source lines, and the small text tests the import stages share.
import type { SourceLine } from './types';

export function splitLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((t, i) => ({ no: i + 1, text: t.replace(/[\u00a0\u200b\ufeff]/g, (c) => (c === '\u00a0' ? ' ' : '')) }));
}

/** The line without surrounding spaces (half- and full-width). */
export function clean(text: string): string {
  return text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** Without any whitespace: for comparing lines that differ only in spacing. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** Ends a sentence or a clause that may end a paragraph. */
const TERMINAL = /[。！？；：!?;:…]$/;
const CLOSERS = /[”’」』）)》\]】]+$/;

/** Whether a paragraph can end here (a sentence end, possibly inside closing quotes or brackets). */
export function endsSentence(text: string): boolean {
  const t = clean(text);
  if (TERMINAL.test(t)) return true;
  const stripped = t.replace(CLOSERS, '');
  return stripped !== t && TERMINAL.test(stripped);
}

/** Sentence punctuation anywhere: a heading or an organ name has none. */
export function hasSentencePunctuation(text: string): boolean {
  return /[。，；！？,;!?]/.test(text);
}

/** A line made only of table separators: | ||| ｜ */
export function isPipeOnly(text: string): boolean {
  return /^[|｜\s]+$/.test(text) && /[|｜]/.test(text);
}
