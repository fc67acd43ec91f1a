// Body lines -> paragraphs with their levels. Lines hard-wrapped by PDF extraction or fixed-width
// text are joined back: a line that does not end a sentence, followed by a line without a marker,
// continues into it — unless it is a heading (short, marked, no final punctuation), or a blank line
// stands between them.
import { recogniseLine } from '../outline/markers';
import type { BlockLevel } from '../outline/numbering';
import { clean, endsSentence } from './lines';
import { takeTrailingUnits } from './units';
import type { SourceLine } from './types';

export interface Paragraph {
  level: BlockLevel;
  marker: string;
  ordinal: number;
  text: string;
  line: number;
}

/** A marked line this long without final punctuation is a wrapped heading or item, not a heading. */
const LONG_LINE = 40;
/** A body line this long without final punctuation was cut by a wrap. */
const WRAPPED_LINE = 20;

/**
 * The width at which a fixed-width text was wrapped: most long lines are that long (±2) and almost
 * none is longer. 0 when the text is not hard-wrapped.
 */
export function wrapWidth(lines: readonly SourceLine[]): number {
  const lengths = lines.map((l) => clean(l.text).length).filter((n) => n >= 16);
  if (lengths.length < 5) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.95)]!;
  const atWidth = lengths.filter((n) => n >= width - 2 && n <= width).length;
  return atWidth >= lengths.length * 0.5 ? width : 0;
}

function continues(prevLineText: string, prevMarked: boolean, next: string, width: number): boolean {
  if (/^[，。、；：！？）”’》,.;:!?)]/.test(next)) return true;
  // An item closed by its units, （责任单位：…）, has ended.
  if (endsSentence(prevLineText) || takeTrailingUnits(prevLineText)) return false;
  const len = clean(prevLineText).length;
  if (width) return len >= width - 2;
  // A marked line without final punctuation is a heading, unless its lead sentence already ended
  // (an item's paragraph, wrapped) or it is too long for a heading.
  if (prevMarked) return len >= LONG_LINE || (len >= WRAPPED_LINE && /[。！？]/.test(prevLineText));
  return len >= WRAPPED_LINE;
}

function joinText(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/** Paragraphs in order; blank lines only separate. */
export function toParagraphs(lines: readonly SourceLine[]): Paragraph[] {
  const width = wrapWidth(lines);
  const out: Paragraph[] = [];
  let prevLine = '';
  let prevMarked = false;
  let blank = true;
  for (const l of lines) {
    const text = clean(l.text);
    if (!text) {
      blank = true;
      continue;
    }
    const marked = recogniseLine(text);
    const last = out.at(-1);
    if (last && !blank && marked.level === 0 && !l.hintLevel && continues(prevLine, prevMarked, text, width)) {
      last.text = joinText(last.text, text);
      prevMarked = false;
    } else {
      const level = marked.level === 0 && l.hintLevel ? l.hintLevel : marked.level;
      out.push({ level, marker: marked.marker, ordinal: marked.ordinal, text: marked.text, line: l.no });
      prevMarked = level !== 0;
    }
    prevLine = text;
    blank = false;
  }
  return out;
}
