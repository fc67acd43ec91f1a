// Breaking a long title into lines by words, in a trapezoid (each line longer, or each shorter)
// or a diamond (the middle line longest); never an hourglass or a rectangle, never inside a word.
import { SIZE_PT, charsPerLine, textCells } from './layout';

/** Characters that may not start a line, and that may not end one (kinsoku). */
const NO_LINE_START = /^[，。、；：？！”’）》〕】」』…—·%)\]}.,;:?!]/;
const NO_LINE_END = /[“‘（《〔【「『([{]$/;

/** Single characters ICU leaves on their own that belong to the word before (泰安|市 -> 泰安市). */
const SUFFIX_CHARS = new Set([...'市县区省州盟旗镇乡村局委厅处科室校院所会部司办年度届期号']);
/** Pairs ICU splits that read as one word in official titles. */
const GLUE_WORDS = ['印发', '转发', '工作要点', '实施方案', '实施意见', '十四五', '十五五'];

let segmenter: Intl.Segmenter | null | undefined;
function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    } catch {
      segmenter = null; // an engine without ICU word data: fall back to character breaks
    }
  }
  return segmenter;
}

/** The title's words: ICU segments, with place suffixes, digits+年 and known pairs glued. */
export function titleWords(title: string): string[] {
  const seg = zhSegmenter();
  const raw = seg ? [...seg.segment(title)].map((s) => s.segment) : [...title];
  // Known words ICU splits (印|发): join the pieces that spell them.
  const joined: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let piece = raw[i]!;
    for (const word of GLUE_WORDS) {
      let j = i;
      let acc = piece;
      while (acc.length < word.length && word.startsWith(acc) && j + 1 < raw.length) acc += raw[++j]!;
      if (acc === word && j > i) {
        piece = acc;
        i = j;
        break;
      }
    }
    joined.push(piece);
  }
  const words: string[] = [];
  for (const piece of joined) {
    const prev = words[words.length - 1];
    const glue =
      prev !== undefined &&
      ((SUFFIX_CHARS.has(piece) && /[\u4e00-\u9fff\d]$/.test(prev)) ||
        /^\s+$/.test(piece) ||
        NO_LINE_START.test(piece) ||
        NO_LINE_END.test(prev));
    if (glue) words[words.length - 1] = prev + piece;
    else words.push(piece);
  }
  return words;
}

type Shape = 'single' | 'trapezoid' | 'diamond';

function shapeOf(lengths: number[]): Shape | null {
  if (lengths.length === 1) return 'single';
  const up = lengths.every((l, i) => i === 0 || l > lengths[i - 1]!);
  const down = lengths.every((l, i) => i === 0 || l < lengths[i - 1]!);
  if (up || down) return 'trapezoid';
  if (lengths.length === 3 && lengths[1]! > lengths[0]! && lengths[1]! > lengths[2]!) return 'diamond';
  return null; // rectangle or hourglass
}

/** Lower is better: lines of similar length, a longer last line, breaks at 《 》 and after 关于. */
function cost(lines: string[], lengths: number[]): number {
  const max = Math.max(...lengths);
  let c = 0;
  for (const l of lengths) c += (max - l) ** 2;
  if (lengths.length === 2 && lengths[0]! > lengths[1]!) c += 2; // 上短下长 reads best
  for (let i = 0; i < lines.length - 1; i++) {
    const end = lines[i]!;
    const next = lines[i + 1]!;
    if (/》$/.test(end) || /^《/.test(next) || /关于$/.test(end)) c -= 3;
    if (/^的/.test(next)) c += 4;
  }
  return c;
}

export interface TitleLayout {
  lines: string[];
  /** Lines needed at best; over 3 is a finding of the format check. */
  lineCount: number;
  shape: Shape | 'fallback';
}

/**
 * Breaks `title` for a line of `maxCells` cells (2号 on the type area: 20). Tries 1, 2, 3 … lines
 * and keeps the best shape; when no allowed shape exists, the best split that fits.
 */
export function breakTitle(title: string, maxCells: number = charsPerLine(SIZE_PT.er)): TitleLayout {
  const text = title.trim().replace(/\s*\n\s*/g, '');
  if (!text) return { lines: [], lineCount: 0, shape: 'single' };
  if (textCells(text) <= maxCells) return { lines: [text], lineCount: 1, shape: 'single' };
  const words = titleWords(text);
  const widths = words.map(textCells);
  const minLines = Math.ceil(textCells(text) / maxCells);
  if (minLines > 4) return greedy(words, widths, maxCells);
  let fallback: { lines: string[]; cost: number } | null = null;
  for (let n = Math.max(2, minLines); n <= Math.max(minLines, 2) + 2 && n <= words.length; n++) {
    let best: { lines: string[]; cost: number } | null = null;
    for (const cuts of splits(widths, n, maxCells)) {
      const lines = cuts.map(([a, b]) => words.slice(a, b).join('').trim());
      const lengths = cuts.map(([a, b]) => widths.slice(a, b).reduce((s, w) => s + w, 0));
      const c = cost(lines, lengths);
      if (shapeOf(lengths) && (!best || c < best.cost)) best = { lines, cost: c };
      if (!fallback || c < fallback.cost) fallback = { lines, cost: c };
    }
    if (best) return { lines: best.lines, lineCount: n, shape: best.lines.length === 3 && isDiamond(best.lines) ? 'diamond' : 'trapezoid' };
  }
  if (fallback) return { lines: fallback.lines, lineCount: fallback.lines.length, shape: 'fallback' };
  // A single word longer than a line (no segmentation): cut by characters.
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += maxCells) lines.push(chars.slice(i, i + maxCells).join(''));
  return { lines, lineCount: lines.length, shape: 'fallback' };
}

/** Lines filled word by word: for titles far too long to shape (the check reports them). */
function greedy(words: string[], widths: number[], max: number): TitleLayout {
  const lines: string[] = [];
  let line = '';
  let w = 0;
  words.forEach((word, i) => {
    if (w + widths[i]! > max && line) {
      lines.push(line.trim());
      line = '';
      w = 0;
    }
    line += word;
    w += widths[i]!;
  });
  if (line.trim()) lines.push(line.trim());
  return { lines, lineCount: lines.length, shape: 'fallback' };
}

function isDiamond(lines: string[]): boolean {
  const l = lines.map(textCells);
  return l[1]! > l[0]! && l[1]! > l[2]!;
}

/** Every way to cut the words into `n` consecutive lines of at most `max` cells (pruned by width). */
function* splits(widths: number[], n: number, max: number, start = 0): Generator<[number, number][]> {
  if (n === 1) {
    const w = widths.slice(start).reduce((s, x) => s + x, 0);
    if (w <= max && start < widths.length) yield [[start, widths.length]];
    return;
  }
  let w = 0;
  for (let end = start + 1; end <= widths.length - (n - 1); end++) {
    w += widths[end - 1]!;
    if (w > max) break;
    for (const rest of splits(widths, n - 1, max, end)) yield [[start, end], ...rest];
  }
}
