// The name of a target: the thing counted (首课教育基地, 普惠性幼儿园覆盖率), never the verb. Rates
// take the words before the number (覆盖率达到90%); counts take the words after their classifier
// (建立50个首课教育基地), or before the number when nothing follows (中小学11所).

export interface Span {
  text: string;
  /** Offset of the text within the sentence. */
  start: number;
}

/** Words that lead into a clause and are not part of what is counted. */
const LEAD_WORDS = /^(?:确保|力争|争取|保证|努力|推动|促进|实现|持续|进一步|全面|积极|切实|大力|着力|逐步|基本|重点|集中|继续|同时|其中|使|让|要|将)/;
/** Time words at the start of a clause. */
const TIME_WORDS = /^(?:(?:到|至|在|于)?(?:19|20)\d{2}\s*年(?:底|末)?(?:前|以前)?|年内|年底前|年底|今年|全年|当年|上半年|下半年|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末)?(?:前|以前)|第?[一二三四1-4]季度)/;
/** Whose figure it is: 全市 幼儿园… reads as 幼儿园…. */
const SCOPE_WORDS = /^(?:全市|全区|全县|全旗|全镇|全乡|全省|全国|本市|本区|本县|全系统|市县两级|各县市区|各县区|城乡)/;
/** Action verbs that come before the thing counted, longest first within a stem. */
export const ACTION_VERB_WORDS = [
  '新建改扩建', '新建、改扩建', '改扩建', '新建', '改建', '扩建', '建成', '建立', '建设', '新创建', '创建', '创设',
  '新认定', '认定', '组织遴选', '遴选', '评选', '培养', '培育', '培树', '打造', '开发', '开展', '完成', '组织',
  '招聘', '引进', '选派', '新增', '增加', '改造提升', '改造', '提升', '举办', '召开', '设立', '组建', '配备', '投入',
  '投资', '安排', '筹措', '资助', '发放', '惠及', '覆盖', '开设', '开好', '开足', '实施', '推出', '命名', '认证', '建',
];
const ACTION_VERBS = new RegExp(`^(?:${ACTION_VERB_WORDS.join('|')})`);
const TRAILING_ADVERBS = /(?:均|都|要|须|应|将|已|再|共|累计|平均|分别|全部|总计|合计)+$/;
/** A right-hand name cannot start with a verb or a function word. */
const NOT_A_NAME = /^(?:完成|建成|用于|实现|达到|达|的?(?:目标|任务)|和|及|或|左右|以上|以内|以下|等|[，,；;：:。])/;
const TRAILING_WORDS = /(?:建设|工作|任务|等)$/;

function trimSpan(s: Span): Span {
  const lead = /^[\s、，,：:]+/.exec(s.text)?.[0].length ?? 0;
  const text = s.text.slice(lead).replace(/[\s、，,]+$/, '');
  return { text, start: s.start + lead };
}

function stripLeading(s: Span, re: RegExp): { span: Span; removed: string } {
  let removed = '';
  let cur = s;
  for (;;) {
    const m = re.exec(cur.text);
    if (!m || !m[0]) break;
    removed = m[0];
    cur = trimSpan({ text: cur.text.slice(m[0].length), start: cur.start + m[0].length });
  }
  return { span: cur, removed };
}

/** The words before a number, without the comparator (already cut off), lead, time and scope words. */
export function leftName(before: Span, opts: { rate: boolean }): Span {
  let s = trimSpan({ text: before.text.replace(TRAILING_ADVERBS, ''), start: before.start });
  for (let changed = true; changed; ) {
    const start = s.start;
    s = stripLeading(s, TIME_WORDS).span;
    s = stripLeading(s, LEAD_WORDS).span;
    s = stripLeading(s, SCOPE_WORDS).span;
    changed = s.start !== start;
  }
  if (opts.rate) return s;
  // A count names its thing after the verb: 新建改扩建中小学 -> 中小学, 完成建设项目 -> 建设项目.
  const verb = ACTION_VERBS.exec(s.text);
  if (!verb) return s;
  const rest = trimSpan({ text: s.text.slice(verb[0].length), start: s.start + verb[0].length });
  // 投资3.03亿元: the verb is all there is, and as a noun it is the name.
  return rest.text ? rest : s;
}

/** The words after a classifier up to the end of the clause: 50个首课教育基地 -> 首课教育基地. */
export function rightName(after: Span): Span {
  let s = trimSpan(after);
  if (s.text.startsWith('的')) s = trimSpan({ text: s.text.slice(1), start: s.start + 1 });
  if (NOT_A_NAME.test(s.text)) return { text: '', start: s.start };
  // 3所幼儿园的建设速度: what is counted stands before 的.
  const of = s.text.indexOf('的');
  const head = of > 0 ? s.text.slice(0, of) : s.text;
  return { text: head.replace(TRAILING_WORDS, ''), start: s.start };
}

/** The name as stored and compared: no spaces, no stray punctuation at either end. */
export function cleanName(name: string): string {
  let s = name.replace(/\s+/g, '').replace(/^[、，,：:；;]+|[、，,：:；;]+$/g, '');
  // A bracket cut in half by the clause end: 骨干教师(班主任 keeps its own, loses a stray one.
  const opens = (s.match(/[（(]/g) ?? []).length;
  const closes = (s.match(/[）)]/g) ?? []).length;
  if (opens > closes) s += s.lastIndexOf('（') > s.lastIndexOf('(') ? '）' : ')';
  else if (closes > opens) s = s.replace(/^[）)]+|[）)]+$/g, '');
  return s.slice(0, 80);
}
