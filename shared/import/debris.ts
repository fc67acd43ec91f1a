// Debris that scrapers and web pages leave in a text: navigation, page headers and footers,
// advertisements, the metadata tables of government sites, and a title or paragraph repeated
// (the first copy often cut short). Each dropped line gets a reason the user reads in the preview.
import { clean, squeeze } from './lines';
import type { DroppedLine, SourceLine } from './types';

interface Rule {
  reason: string;
  test: (line: string) => boolean;
}

const re = (r: RegExp) => (line: string) => r.test(line);

/** Metadata table of a government site's 信息公开 page: 索引号 | 012236934/2022-01279 | 主题分类 | … */
const METADATA_KEYS = ['索引号', '主题分类', '公开主体', '公开类型', '公开属性', '公开期限', '公开载体', '公开方式', '首次公开', '发文机构', '发布机构', '生成日期', '有效性', '主题词', '文号'];
function isMetadataRow(line: string): boolean {
  if (!/[|｜\t]/.test(line) && !/\s{2,}/.test(line)) return false;
  const hits = [...METADATA_KEYS, '发文字号', '成文日期', '发布日期'].filter((k) => line.includes(k)).length;
  return hits >= 2 || (hits >= 1 && METADATA_KEYS.some((k) => line.startsWith(k)));
}

const RULES: Rule[] = [
  { reason: '政府网站信息公开目录表（索引号、发文字号等）', test: isMetadataRow },
  {
    reason: '广告',
    test: re(/预览阅读已结束|若您需要全文|需要全文|代笔|联系老师|点击.{0,12}(下载|联系|购买|查看全文)|👉|👈|免费下载|下载全文|开通会员|VIP会员|扫码(关注|下载|领取)|加微信|微信号[:：]|QQ[:：]\s*\d/),
  },
  {
    reason: '网页页脚',
    test: re(
      /^(信息来源|文章来源|稿件来源|来源)[:：].{0,40}$|^[【\[]?\s*(关闭|打印|关闭窗口|打印本页|打印正文|返回顶部|返回|收藏|分享到?|扫一扫|我要纠错)\s*[】\]]?$|Produced\s+By|Powered\s+By|版权所有|Copyright|©|ICP备|网站标识码|公网安备|^(主办|承办)单位[:：]|技术支持[:：]|网站地图|联系我们|^(下一篇|上一篇)|推荐专题|最近更新|相关(文章|阅读|链接|新闻)$|链接地址[:：]|转载请(保留|注明)|由[:：].{1,30}整理|^https?:\/\/|^www\./i,
    ),
  },
  {
    reason: '网页导航或页眉（位置、来源、时间、浏览次数、字体大小）',
    test: re(
      /^[•·●▪]\s|当前位置|您的位置|所在位置|^首页\s*[>»]|\S\s*[>»]\s*\S.*[>»]|浏览次数|点击数[:：]|阅读次数|访问量[:：]|字体大小|字号[:：]\s*[大中小]|【\s*大\s*中\s*小\s*】|^(移动端|发布时间|发布日期|时间|日期|作者|编辑|责任编辑)[:：].{0,60}$/,
    ),
  },
];

/** The reason a single line is debris, or '' if it is not. */
export function debrisReason(raw: string): string {
  const line = clean(raw);
  if (!line) return '';
  for (const rule of RULES) if (rule.test(line)) return rule.reason;
  return '';
}

const TRAILING_PUNCT = /[。．.…，,；;：:\s]+$/;

/**
 * A repeated title or paragraph: a line that comes again a few lines later, or whose text (without its
 * final punctuation) begins the later line — the cut-short first copy. The later, complete copy stays.
 */
function duplicateOf(lines: readonly SourceLine[], i: number, live: (l: SourceLine) => boolean): SourceLine | undefined {
  const here = squeeze(lines[i]!.text).replace(TRAILING_PUNCT, '');
  if (here.length < 6) return undefined;
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < 4; j++) {
    const later = lines[j]!;
    if (!live(later) || !clean(later.text)) continue;
    seen++;
    const there = squeeze(later.text);
    if (there === squeeze(lines[i]!.text)) return later;
    if (here.length >= 20 && there.length > here.length && there.startsWith(here)) return later;
  }
  return undefined;
}

/** Lines that are debris by their own text (navigation, footers, ads, metadata), except those kept. */
export function findDebris(lines: readonly SourceLine[], keep: ReadonlySet<number>): DroppedLine[] {
  const dropped: DroppedLine[] = [];
  for (const l of lines) {
    if (keep.has(l.no)) continue;
    const reason = debrisReason(l.text);
    if (reason) dropped.push({ line: l.no, text: clean(l.text), reason });
  }
  return dropped;
}

/** Repeated titles and paragraphs among the lines not yet used (`used`), except those kept. */
export function findDuplicates(lines: readonly SourceLine[], used: ReadonlySet<number>, keep: ReadonlySet<number>): DroppedLine[] {
  const dropped = new Map<number, DroppedLine>();
  const live = (l: SourceLine) => !used.has(l.no) && !dropped.has(l.no);
  lines.forEach((l, i) => {
    if (keep.has(l.no) || !live(l) || l.table) return;
    const later = duplicateOf(lines, i, live);
    if (!later) return;
    const whole = squeeze(later.text) === squeeze(l.text);
    dropped.set(l.no, {
      line: l.no,
      text: clean(l.text),
      reason: whole ? `重复的内容（第${later.no}行又出现一次）` : `重复且不完整的段落（第${later.no}行是完整的一份）`,
    });
  });
  return [...dropped.values()];
}
