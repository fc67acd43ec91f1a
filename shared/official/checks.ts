// 格式检查: what would make the exported document break the official format, found before export.
// Each finding names its place (a field, an item uid, a body paragraph) for the dialog's jump link.
import { parseDocNumber } from '../import/notice-fields';
import { deriveOutline } from '../outline/derive';
import { isOutlineBlock, nodeText } from '../outline/document';
import { recogniseLine } from '../outline/markers';
import { formatDay } from '../format/date';
import type { PlanForExport } from './build';
import type { Finding, FindingLocation } from './findings';
import { SIZE_PT, charsPerLine } from './layout';
import { punctuationIssues } from './punctuation';
import { defaultNoticeBody, type ExportSettings } from './settings';
import { breakTitle } from './title-lines';

const MAX_TITLE_LINES = 3;

const field = (name: string): FindingLocation => ({ kind: 'field', field: name });

/** Problems of a 发文字号 as sentences; [] when it is well formed (泰教发〔2024〕1号). */
export function docNumberProblems(value: string): string[] {
  const v = value.trim();
  if (!v) return [];
  const problems: string[] = [];
  if (/[[\]【】［］]/.test(v) || /[（(]\s*\d{2,4}\s*[）)]/.test(v)) problems.push('年份应使用六角括号〔〕，不用 [ ]、【】或圆括号');
  else if (!/〔[^〕]*〕/.test(v)) problems.push('缺少用六角括号〔〕括起的年份');
  const year = /[〔[【［(（]\s*(\d+)\s*[〕\]】］)）]/.exec(v)?.[1];
  if (year !== undefined && !/^(19|20)\d{2}$/.test(year)) problems.push('年份应写全四位，如 2024');
  if (/第\s*\d/.test(v)) problems.push('序号前不加“第”');
  if (/[〕\]】］)）]\s*(第\s*)?0\d*/.test(v)) problems.push('序号不编虚位（不写 01、001）');
  if (!/号$/.test(v)) problems.push('应以“号”结尾');
  return problems;
}

/** Zero-padded or Chinese-numeral dates in running text (2024年03月05日, 二〇二四年). */
function dateProblems(text: string): string | null {
  const padded = /\d{4}\s*年\s*0\d\s*月|\d{1,2}\s*月\s*0\d\s*日/.exec(text);
  if (padded) return `日期“${padded[0]}”不应补零（应写作如 2024年3月5日）`;
  const chinese = /[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月/.exec(text);
  if (chinese) return `日期“${chinese[0]}”应使用阿拉伯数字（如 2024年3月5日）`;
  return null;
}

function where(text: string): string {
  const t = text.trim();
  return t.length > 14 ? `${t.slice(0, 14)}…` : t;
}

export function checkPlan(plan: PlanForExport, settings: ExportSettings): Finding[] {
  const findings: Finding[] = [];
  const add = (f: Finding) => findings.push(f);
  const notice = plan.notice;
  const isNotice = settings.layout === 'notice';
  const titleMax = charsPerLine(SIZE_PT.er);

  // The issuing notice's fields.
  if (isNotice) {
    if (!notice.docNumber.trim()) add({ code: 'missingField', severity: 'warning', message: '印发通知没有发文字号。', location: field('notice.docNumber') });
    if (!notice.recipients.trim()) add({ code: 'missingField', severity: 'warning', message: '印发通知没有主送机关。', location: field('notice.recipients') });
    if (!notice.signers.some((s) => s.trim()) && !plan.organ.trim()) add({ code: 'missingField', severity: 'warning', message: '没有署名（发文机关）。', location: field('notice.signers') });
    if (!notice.date.trim()) add({ code: 'missingField', severity: 'warning', message: '没有成文日期。', location: field('notice.date') });
  }
  const problems = docNumberProblems(notice.docNumber);
  if (problems.length) {
    const fixed = parseDocNumber(notice.docNumber);
    add({
      code: 'docNumber',
      severity: 'error',
      message: `发文字号“${notice.docNumber.trim()}”格式不规范：${problems.join('；')}。${fixed ? `应写作“${fixed}”。` : ''}`,
      location: field('notice.docNumber'),
    });
  }
  for (const [name, label] of [['notice.date', '成文日期'], ['notice.printDate', '印发日期']] as const) {
    const value = name === 'notice.date' ? notice.date : notice.printDate;
    if (value.trim() && !formatDay(value)) add({ code: 'date', severity: 'error', message: `${label}“${value}”无法识别，请重新选择日期。`, location: field(name) });
  }

  // Titles that need more than three lines of 2号.
  const titles: [string, string][] = [['title', plan.title]];
  if (isNotice) titles.unshift(['notice.title', notice.title.trim() || `关于印发《${plan.title}》的通知`]);
  for (const [name, text] of titles) {
    const lines = breakTitle(text, titleMax).lineCount;
    if (lines > MAX_TITLE_LINES) {
      add({ code: 'titleLines', severity: 'warning', message: `标题“${where(text)}”排成 2 号字需要 ${lines} 行，超过 3 行，建议精简。`, location: field(name) });
    }
  }

  // Half-width punctuation in the notice's own text.
  const texts: [string, string, string][] = [
    ['title', '标题', plan.title],
    ['notice.title', '通知标题', notice.title],
    ['notice.recipients', '主送机关', notice.recipients],
    ['notice.note', '附注', notice.note],
    ['notice.cc', '抄送', notice.cc],
    ['noticeBody', '通知正文', settings.noticeBody.trim() ? settings.noticeBody : ''],
  ];
  for (const [name, label, text] of texts) {
    const p = punctuationIssues(text);
    if (p.count) add({ code: 'punctuation', severity: 'warning', message: `${label}中有 ${p.count} 处半角标点或直引号（“${p.sample}”）。`, location: field(name), fix: 'punctuation' });
    const d = dateProblems(text);
    if (d) add({ code: 'date', severity: 'warning', message: `${label}中的${d}。`, location: field(name) });
  }
  if (isNotice && !settings.noticeBody.trim()) {
    const d = dateProblems(defaultNoticeBody(plan.title));
    if (d) add({ code: 'date', severity: 'warning', message: `通知正文中的${d}。`, location: field('noticeBody') });
  }

  // The document: blocks in order.
  const doc = plan.document;
  if (!doc) return findings;
  const outline = new Map(deriveOutline(doc, plan.numberingMode).map((e) => [e.uid, e]));
  (doc.root.children ?? []).forEach((node, index) => {
    const entry = isOutlineBlock(node) ? outline.get(node.uid) : undefined;
    const text = nodeText(node);
    const location: FindingLocation = entry ? { kind: 'item', uid: entry.uid } : { kind: 'block', index };
    const name = entry ? `${entry.label}${where(entry.text)}` : `第 ${index + 1} 段“${where(text)}”`;
    if (entry && !entry.text.trim()) {
      add({ code: 'emptyHeading', severity: 'error', message: `“${entry.label}”${entry.level <= 2 ? '标题' : '条目'}没有内容。`, location });
      return;
    }
    const p = punctuationIssues(text);
    if (p.count) add({ code: 'punctuation', severity: 'warning', message: `${name}：有 ${p.count} 处半角标点或直引号（“${p.sample}”）。`, location, fix: 'punctuation' });
    const d = dateProblems(text);
    if (d) add({ code: 'date', severity: 'warning', message: `${name}：${d}。`, location });
    // A typed number left in the text: it does not follow the structure and doubles or breaks the numbering.
    const typed = recogniseLine(text.trim());
    if (text.trim() && typed.level !== 0) {
      add({
        code: 'numbering',
        severity: 'warning',
        message: entry
          ? `${entry.label}开头还有手工输入的编号“${typed.marker}”，导出后会与自动编号重复。`
          : `${name}以手工编号“${typed.marker}”开头，但不是标题或条目：它不参与自动编号，可能造成断号或重号。请在编辑器中把它设为对应级别。`,
        location,
      });
    }
    if (entry && entry.level === 3 && settings.printUnits && !entry.units.lead.length && !entry.units.responsible.length) {
      add({ code: 'missingUnits', severity: 'warning', message: `${entry.label}${where(entry.lead)}：没有填写责任单位。`, location });
    }
  });
  return findings;
}
