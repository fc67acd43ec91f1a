// The issuing notice wrapped around a plan (GB/T 9704 order): red-header organ, 发文字号, title
// 关于印发…的通知 (perhaps over two lines), 主送机关：, the notice's paragraph, signing organs, 成文日期,
// 附注; and the 版记 lines 抄送 / 印发 at the end. Lines read into fields are consumed, not dropped.
import { recogniseLine } from '../outline/markers';
import { hasSentencePunctuation, squeeze } from './lines';
import { parseCc, parseDocNumber, parseNote, parseNoticeDate, parsePrintLine } from './notice-fields';
import type { DroppedLine, NoticePreview } from './types';

export interface LiveLine {
  no: number;
  text: string;
}

export interface NoticeResult {
  notice: NoticePreview | null;
  /** The issuing organ above the notice title, '' if none. */
  organ: string;
  /** The plan's title as the notice quotes it: 现将《…》印发给你们. */
  quotedTitle: string;
  consumed: Set<number>;
  dropped: DroppedLine[];
  warnings: string[];
}

const TITLE_END = /通知$/;

/** A short line naming one or more organs: no sentence punctuation, no digits, no colon. */
export function isOrganLine(text: string): boolean {
  return text.length <= 60 && !hasSentencePunctuation(text) && !/[:：\d《》“”]/.test(text) && /[局委会府厅部办院校室处科所心团]$/.test(text.replace(/文件$/, ''));
}

function splitOrgans(text: string): string[] {
  return text.split(/[\s\u3000]+/).filter(Boolean);
}

interface TitleSpan {
  start: number;
  end: number;
  text: string;
}

/** 关于…的通知 starting at line i, joined over at most three lines. */
function titleAt(lines: readonly LiveLine[], i: number): TitleSpan | undefined {
  if (!lines[i]!.text.includes('关于')) return undefined;
  let text = '';
  for (let j = i; j < lines.length && j < i + 3; j++) {
    const t = lines[j]!.text;
    if (j > i && (recogniseLine(t).level !== 0 || parseDocNumber(t))) return undefined;
    text += t;
    if (/[。；]/.test(t) || text.length > 160) return undefined;
    if (TITLE_END.test(t)) return { start: i, end: j, text };
  }
  return undefined;
}

function emptyNotice(): NoticePreview {
  return { docNumber: '', title: '', recipients: '', signers: [], date: '', note: '', cc: '', printer: '', printDate: '', body: [] };
}

/** Reads the notice from the head of the text (the lines before the first heading) and the 版记 from anywhere. */
export function findNotice(lines: readonly LiveLine[]): NoticeResult {
  const result: NoticeResult = { notice: null, organ: '', quotedTitle: '', consumed: new Set(), dropped: [], warnings: [] };
  let head = lines.findIndex((l) => recogniseLine(l.text).level !== 0);
  if (head === -1) head = lines.length;
  const notice = emptyNotice();
  const use = (i: number) => result.consumed.add(lines[i]!.no);

  const titles: TitleSpan[] = [];
  let docAt = -1;
  for (let i = 0; i < head; i++) {
    if (docAt === -1 && parseDocNumber(lines[i]!.text)) docAt = i;
    const span = titleAt(lines, i);
    if (span) {
      titles.push(span);
      i = span.end;
    }
  }
  readColophon(lines, notice, use);
  if (docAt === -1 && titles.length === 0) {
    if (notice.cc || notice.printer) result.notice = notice;
    return result;
  }

  if (docAt !== -1) {
    notice.docNumber = parseDocNumber(lines[docAt]!.text);
    use(docAt);
  }
  let cursor = docAt;
  const chosen = titles.at(-1);
  if (chosen) {
    // An earlier line holding the same title (with the organ in front) is the web page's own title.
    for (const t of titles.slice(0, -1)) {
      if (squeeze(t.text).endsWith(squeeze(chosen.text).replace(/^.*?关于/, '关于'))) {
        for (let i = t.start; i <= t.end; i++) result.dropped.push({ line: lines[i]!.no, text: lines[i]!.text, reason: '网页标题（与通知标题重复）' });
      }
    }
    const at = chosen.text.indexOf('关于');
    notice.title = chosen.text.slice(at).replace(/[\s\u3000]+/g, (s, off: number, all: string) => (/[A-Za-z0-9]/.test(all[off - 1] ?? '') ? ' ' : ''));
    const before = chosen.text.slice(0, at).trim();
    if (before) result.organ = splitOrgans(before).join(' ');
    for (let i = chosen.start; i <= chosen.end; i++) use(i);
    // The red-header organ stands right above the title, or above the 发文字号 above it.
    let above = chosen.start - 1;
    if (above === docAt) above--;
    if (!result.organ && above >= 0 && isOrganLine(lines[above]!.text)) {
      result.organ = splitOrgans(lines[above]!.text.replace(/文件$/, '')).join(' ');
      use(above);
    }
    cursor = Math.max(cursor, chosen.end);
  }
  // A 发文字号 right after the title (as in some scraped pages) belongs to the notice too.
  if (docAt === -1 && parseDocNumber(lines[cursor + 1]?.text ?? '')) {
    notice.docNumber = parseDocNumber(lines[++cursor]!.text);
    use(cursor);
  } else if (docAt > cursor) cursor = docAt;

  let i = cursor + 1;
  const recipients = lines[i];
  if (recipients && /[:：]$/.test(recipients.text) && recipients.text.length <= 200 && !/。/.test(recipients.text) && recogniseLine(recipients.text).level === 0) {
    notice.recipients = recipients.text.replace(/[:：]$/, '');
    use(i++);
  }

  // The notice ends at its date; the signing organs stand right above it.
  let dateAt = -1;
  for (let j = i; j < Math.min(head, i + 12); j++) {
    if (parseNoticeDate(lines[j]!.text)) {
      dateAt = j;
      break;
    }
  }
  if (dateAt !== -1) {
    const date = parseNoticeDate(lines[dateAt]!.text)!;
    notice.date = date.iso;
    if (date.ambiguous) result.warnings.push(`成文日期“${lines[dateAt]!.text}”有两种读法，暂按 ${date.iso}，请核对。`);
    use(dateAt);
    let signersFrom = dateAt;
    while (signersFrom - 1 >= i && signersFrom > dateAt - 2 && isOrganLine(lines[signersFrom - 1]!.text)) signersFrom--;
    for (let j = signersFrom; j < dateAt; j++) {
      notice.signers.push(...splitOrgans(lines[j]!.text));
      use(j);
    }
    for (let j = i; j < signersFrom; j++) {
      notice.body.push(lines[j]!.text);
      use(j);
    }
    const note = lines[dateAt + 1] ? parseNote(lines[dateAt + 1]!.text) : '';
    if (note) {
      notice.note = note;
      use(dateAt + 1);
    }
  } else if (notice.recipients) {
    // No date: the notice's paragraph is the one after 主送机关 when it quotes the plan.
    if (lines[i] && /《.+》/.test(lines[i]!.text) && i < head) {
      notice.body.push(lines[i]!.text);
      use(i);
    }
    result.warnings.push('印发通知里没有找到成文日期。');
  }
  result.quotedTitle = /《([^》]+)》/.exec(notice.body.join(''))?.[1] ?? /《([^》]+)》/.exec(notice.title)?.[1] ?? '';
  if (!result.organ && notice.signers.length) result.organ = notice.signers.join(' ');
  result.notice = notice;
  return result;
}

/** 抄送 and 印发 lines (the 版记), wherever they are. */
function readColophon(lines: readonly LiveLine[], notice: NoticePreview, use: (i: number) => void): void {
  lines.forEach((l, i) => {
    const cc = parseCc(l.text);
    if (cc && !notice.cc) {
      notice.cc = cc;
      use(i);
      return;
    }
    const printed = parsePrintLine(l.text);
    if (printed && !notice.printer) {
      notice.printer = printed.printer;
      notice.printDate = printed.date;
      use(i);
    }
  });
}
