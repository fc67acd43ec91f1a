// Half-width punctuation and straight quotes inside Chinese text -> full-width marks and curly
// quotes (，。；：？！（）“”‘’). Works per character so a paragraph split over several text runs
// can be fixed in place: fixChars maps each input character to its replacement ('' = dropped).

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e“”‘’—…·]/;
const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\u00a0';

const SIMPLE: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
/** Full-width marks after which (or before which, for openers) a space is debris. */
const FULL_CLOSERS = /[，。；：？！）”’、》]/;
const FULL_OPENERS = /[（“‘《]/;

function neighbour(chars: string[], i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) if (!isSpace(chars[j])) return chars[j];
  return undefined;
}

/** One output string per input character of `text`. */
export function fixChars(text: string): string[] {
  const chars = [...text];
  const out = [...chars];
  if (!chars.some((c) => isCjk(c))) return out; // not Chinese text: leave it alone
  const prevOf = (i: number) => neighbour(chars, i, -1);
  const nextOf = (i: number) => neighbour(chars, i, 1);
  let doubleOpen = false;
  let singleOpen = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const prev = prevOf(i);
    const next = nextOf(i);
    if (SIMPLE[ch]) {
      if (isDigit(chars[i - 1]) && isDigit(chars[i + 1])) continue; // 1,000 and 8:30
      if (isCjk(prev) || isCjk(next)) out[i] = SIMPLE[ch]!;
    } else if (ch === '.') {
      // A sentence end after Chinese text; not a decimal, not an item marker's dot.
      if (isCjk(chars[i - 1]) && !isDigit(chars[i + 1]) && (next === undefined || isCjk(next))) out[i] = '。';
    } else if (ch === '(') {
      const close = chars.indexOf(')', i + 1);
      const inner = close > i ? chars.slice(i + 1, close) : chars.slice(i + 1);
      if (isCjk(prev) || inner.some((c) => isCjk(c))) {
        out[i] = '（';
        if (close > i) out[close] = '）';
      }
    } else if (ch === ')') {
      if (out[i] === ')' && (isCjk(prev) || chars.lastIndexOf('（', i) > chars.lastIndexOf('）', i))) out[i] = '）';
    } else if (ch === '"') {
      out[i] = doubleOpen ? '”' : '“';
      doubleOpen = !doubleOpen;
    } else if (ch === "'") {
      if (!(isCjk(prev) || isCjk(next))) continue; // an apostrophe in English
      out[i] = singleOpen ? '’' : '‘';
      singleOpen = !singleOpen;
    }
  }
  // Spaces beside full-width marks are debris of the half-width originals.
  for (let i = 0; i < chars.length; i++) {
    if (!isSpace(chars[i])) continue;
    let a = i - 1;
    while (a >= 0 && isSpace(chars[a])) a--;
    let b = i + 1;
    while (b < chars.length && isSpace(chars[b])) b++;
    const before = a >= 0 ? out[a]! : '';
    const after = b < chars.length ? out[b]! : '';
    if (FULL_CLOSERS.test(before.slice(-1)) || FULL_OPENERS.test(after.slice(0, 1)) || /^[，。；：？！）”’、》]/.test(after)) {
      if (isCjk(before.slice(-1)) || isCjk(after.slice(0, 1))) out[i] = '';
    }
  }
  return out;
}

export function fixPunctuation(text: string): string {
  return fixChars(text).join('');
}

/** How many characters the fix would change, and the first changed spot with some context. */
export function punctuationIssues(text: string): { count: number; sample: string } {
  const chars = [...text];
  const out = fixChars(text);
  let count = 0;
  let first = -1;
  out.forEach((o, i) => {
    if (o !== chars[i]) {
      count++;
      if (first < 0 && !isSpace(chars[i])) first = i;
    }
  });
  if (first < 0) first = out.findIndex((o, i) => o !== chars[i]);
  const sample = first < 0 ? '' : chars.slice(Math.max(0, first - 6), first + 7).join('');
  return { count, sample };
}
