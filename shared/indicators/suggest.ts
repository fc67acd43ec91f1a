// 指标建议: measurable targets proposed from an item's text. Rules over the quantities the tokenizer
// finds (numbers.ts): what is excluded (quoted names, ordinals, history), the comparator (达到…以上,
// 超过, 稳定在, 控制在, ranges), the name (names.ts), the deadline (deadline.ts) and the direction.
import { defaultComparator, type Comparator, type Direction } from '../domain/indicator';
import { findDeadline } from './deadline';
import { ACTION_VERB_WORDS, cleanName, leftName, rightName, type Span } from './names';
import { RATE_UNITS, TIME_UNITS, scanQuantities, yearMentions, type Quantity } from './numbers';

export interface SuggestOptions {
  /** The plan's year: 8月底前 falls in it, and a sentence only about earlier years is history. */
  year?: number | null;
}

export interface TargetSuggestion {
  /** Name, value and unit normalised: what a rejection is remembered by. */
  key: string;
  /** The sentence the target was found in, as written. */
  sentence: string;
  /** The matched words within `sentence` (name, comparator, number, unit), for highlighting. */
  match: { start: number; end: number };
  name: string;
  value: number | null;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  direction: Direction;
  /** YYYY-MM-DD, '' when the sentence names no deadline. */
  deadline: string;
  /** xx%, xxx名: the value is still to be filled in. */
  placeholder: boolean;
}

/** Comparator words as they stand right before a number. */
const COMPARATOR_WORDS: Record<string, Comparator> = {
  不少于: '≥', 不低于: '≥', 不小于: '≥', 至少: '≥', 达到: '≥', 达: '≥', 提高到: '≥', 提高至: '≥', 提升到: '≥',
  提升至: '≥', 增加到: '≥', 增加至: '≥', 增至: '≥', 扩大到: '≥',
  超过: '>', 高于: '>', 多于: '>', 大于: '>', 逾: '>', 超: '>', 突破: '>',
  稳定在: '=', 保持在: '=', 保持: '=', 维持在: '=', 稳定: '=',
  不超过: '≤', 不高于: '≤', 不多于: '≤', 不大于: '≤', 控制在: '≤', 降低到: '≤', 降低至: '≤', 降至: '≤',
  下降到: '≤', 下降至: '≤', 减少到: '≤', 减少至: '≤', 压减到: '≤', 压缩到: '≤', 最多: '≤',
  低于: '<', 少于: '<', 小于: '<', 不足: '<',
};
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const COMPARATOR_BEFORE = new RegExp(`(${byLength(Object.keys(COMPARATOR_WORDS))})\\s*$`);
/** 每天 / 每周 right before a number: a per-time target (每天锻炼2小时, 每周一节). */
const PER_TIME = /每(?:天|日|周|月|年|学期|学年|季度)\s*$/;
/** What must stand right before a number in Chinese characters for it to be a count (新建两所). */
const CHINESE_CUE = new RegExp(`(?:${byLength([...ACTION_VERB_WORDS, ...Object.keys(COMPARATOR_WORDS)])})\\s*$`);
const LOWER_IS_BETTER = /近视率|肥胖率|超重率|辍学率|流失率|发生率|事故|大班额|违规|负担|差错|欠薪|空置率|不合格/;
const GROWTH_BEFORE = /(?:增长|增加|提高|提升|上升|下降|降低|减少)了?(?:约|近)?\s*$/;
const COMPARED = /较|比上年|比去年|同比|相比/;
const AIM = /力争|确保|争取|目标|计划|预计|达到|以上|不低于|不少于|实现/;
/** Longer than the longest word looked for right before a number, spaces included. */
const TAIL = 12;
const SENTENCE_END = /[。！？!?；;\n]/;
const CLAUSE_BREAK = /[，,；;：:]/;
const QUOTES: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '〈': '〉', '"': '"' };

/** The sentences of a text with their offsets; the end mark stays with its sentence. */
export function splitSentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SENTENCE_END.test(text[i]!)) continue;
    const end = Math.min(i + 1, text.length);
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: start + lead });
    start = end;
  }
  return out;
}

/** Characters inside quotes or title marks: names (“六个1”工程, “十四五”, 《…方案》), not quantities. */
const ANY_QUOTE = /[“‘「『《〈"]/;
const NO_MASK = new Uint8Array(0);

function quotedMask(s: string): Uint8Array {
  if (!ANY_QUOTE.test(s)) return NO_MASK; // most sentences quote nothing
  const mask = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const close = QUOTES[s[i]!];
    if (!close) continue;
    const j = s.indexOf(close, i + 1);
    if (j === -1) continue; // an unbalanced quote masks nothing
    mask.fill(1, i, j + 1);
    i = j;
  }
  return mask;
}

/** A sentence about earlier years only (至2020年底…, 2020年全区教育投入…) states history, not a target. */
function isHistory(sentence: string, mask: Uint8Array, year: number | null | undefined): boolean {
  if (!year) return false;
  const years = yearMentions(sentence).filter((m) => !mask[m.start]);
  const compared = (start: number) => /(?:较|比|与|同)\s*$/.test(sentence.slice(Math.max(0, start - 2), start));
  const earlier = years.some((m) => m.year < year && !compared(m.start));
  return earlier && !years.some((m) => m.year >= year);
}

function clauseStart(s: string, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (CLAUSE_BREAK.test(s[k]!)) return k + 1;
  return 0;
}

/** Where a right-hand name ends: the clause end, or a 、 before another quantity, or the next quantity. */
function rightEnd(s: string, from: number, next: Quantity | undefined): number {
  const limit = next ? next.start : s.length;
  for (let k = from; k < limit; k++) {
    const c = s[k]!;
    if (CLAUSE_BREAK.test(c) || SENTENCE_END.test(c)) return k;
    if (c === '、' && next) {
      const nextBreak = s.slice(k + 1).search(/[、，,；;：:。]/);
      if (nextBreak === -1 || k + 1 + nextBreak >= next.start) return k;
    }
  }
  return limit;
}

const RIGHT_STOP = /(?:满足|用于|实现|达到|确保|推动|惠及|服务|辐射|带动|形成|作为|成为|列为|纳入|到|并|以|，|,)/;

export function targetKey(name: string, value: number | null, valueMax: number | null, unit: string): string {
  return `${name.replace(/[\s“”‘’"'「」《》（）()]/g, '')}|${value ?? 'x'}|${valueMax ?? ''}|${unit}`;
}

interface Found {
  q: Quantity;
  comparator: Comparator | null;
  explicit: boolean;
}

function suggestInSentence(sentence: string, year: number | null | undefined): TargetSuggestion[] {
  if ((sentence.match(/[|｜]/g) ?? []).length >= 2) return []; // a table row: imported as indicators
  const mask = quotedMask(sentence);
  if (isHistory(sentence, mask, year)) return [];
  const quantities = scanQuantities(sentence, (i) => mask[i] === 1);
  if (!quantities.length) return [];
  // 一个根本任务、三项改革、四个强化…: a row of counted slogans summarises, it sets no targets.
  if (quantities.filter((q) => q.chinese).length >= 3) return [];
  const deadline = findDeadline(sentence, year);
  const out: TargetSuggestion[] = [];
  let prev: Found | null = null;
  quantities.forEach((q, index) => {
    const clause = clauseStart(sentence, q.start);
    const samePrev = prev && prev.q.end > clause ? prev : null;
    const from = samePrev ? samePrev.q.end : clause;
    const before = sentence.slice(from, q.start);
    // Words right before the number: end-anchored patterns look at the tail only (they would scan the whole clause).
    const tailStart = Math.max(0, before.length - TAIL);
    const tail = before.slice(tailStart);
    const tailCmp = COMPARATOR_BEFORE.exec(tail);
    const cmp = tailCmp ? { index: tailStart + tailCmp.index, word: tailCmp[1]! } : null;
    const perTime = PER_TIME.exec(tail);
    // 一 + classifier is the article "a" (打造一支队伍); other Chinese numerals count only after a verb.
    if (q.chinese && !perTime && !CHINESE_CUE.test(tail)) return;
    if (q.chinese && q.value === 1 && !perTime && !cmp) return;
    const beforeName = cmp ? before.slice(0, cmp.index) : before;
    const rate = RATE_UNITS.has(q.unit);
    // 计提的10%教育资金: a share described, not a level aimed at.
    if (rate && !cmp && /的\s*$/.test(beforeName)) return;
    // 较2015年增长50%: growth stated in comparison, without an aim, is a report.
    if (rate && GROWTH_BEFORE.test(beforeName.slice(-TAIL)) && COMPARED.test(sentence.slice(clause, q.start)) && !AIM.test(sentence)) return;

    let comparator: Comparator | null = null;
    let explicit = true;
    const word = cmp ? COMPARATOR_WORDS[cmp.word] : undefined;
    if (q.valueMax !== null) comparator = '区间';
    else if (q.suffix === '以上') comparator = word === '>' ? '>' : '≥';
    else if (q.suffix === '以下' || q.suffix === '以内') comparator = '≤';
    else if (q.suffix === '左右') comparator = '=';
    else if (word) comparator = word;
    else if (samePrev?.explicit && sentence.slice(samePrev.q.end, q.start).includes('、')) comparator = samePrev.comparator;
    else explicit = false;

    const next = quantities[index + 1];
    const rightRaw = sentence.slice(q.end, rightEnd(sentence, q.end, next));
    const stop = RIGHT_STOP.exec(rightRaw.slice(1));
    const right = rightName({ text: stop ? rightRaw.slice(0, stop.index + 1) : rightRaw, start: q.end });
    const left = leftName({ text: beforeName, start: from }, { rate });
    const time = TIME_UNITS.has(q.unit);
    const leftFirst = rate || time || q.unit.endsWith('元');
    const span: Span = leftFirst ? (left.text ? left : right) : right.text ? right : left;
    let name = cleanName(span.text);
    if (!name) return;
    if (time && span === left && !/(?:时间|时长|时数)$/.test(name)) name += '时长';
    if (perTime && span === right) name = perTime[0].trim() + name;

    const direction: Direction = comparator === '≤' || comparator === '<' || LOWER_IS_BETTER.test(name) ? 'lower' : 'higher';
    const final = comparator ?? defaultComparator(direction);
    const start = Math.min(q.start, span.start, cmp ? from + cmp.index : q.start);
    const end = Math.max(q.end, span.start + span.text.length);
    out.push({
      key: targetKey(name, q.value, q.valueMax, q.unit),
      sentence,
      match: { start, end },
      name,
      value: q.value,
      valueMax: q.valueMax,
      unit: q.unit,
      comparator: final,
      direction,
      deadline,
      placeholder: q.placeholder,
    });
    prev = { q, comparator: final, explicit };
  });
  return out;
}

/** Targets proposed from a text (an item's, or any paragraph's), in reading order, each once. */
export function suggestTargets(text: string, opts: SuggestOptions = {}): TargetSuggestion[] {
  const seen = new Set<string>();
  const out: TargetSuggestion[] = [];
  for (const s of splitSentences(text)) {
    for (const t of suggestInSentence(s.text, opts.year)) {
      if (seen.has(t.key)) continue;
      seen.add(t.key);
      out.push(t);
    }
  }
  return out;
}
