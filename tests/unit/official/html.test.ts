// The HTML writer (preview and PDF): the model's blocks as HTML, with print CSS that holds the
// geometry of OFFICIAL_FORMAT.md. The PDF itself is measured in tests/unit/export/pdf-*.test.ts.
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../shared/api/contract';
import { buildOfficialDocument } from '../../../shared/official/build';
import { FONT_ROLES, namedFonts, renderOfficialHtml, type HtmlFonts } from '../../../shared/official/html/index';
import { FONT_NAMES } from '../../../shared/official/fonts';
import { DEFAULT_EXPORT_SETTINGS, type ExportSettings } from '../../../shared/official/settings';
import { doc } from '../helpers/doc';

const notice: Notice = {
  docNumber: '泰教发〔2024〕1号',
  title: '',
  recipients: '各县市区教育局',
  signers: ['泰安市教育局'],
  date: '2024-03-26',
  note: '此件公开发布',
  cc: '市委办公室，市政府办公室',
  printer: '泰安市教育局办公室',
  printDate: '2024-03-26',
};

const plan = {
  title: '泰安市教育局2024年工作要点',
  organ: '泰安市教育局',
  numberingMode: 'continuous' as const,
  document: doc([
    { level: 0, text: '总体要求：坚持<党的>领导 & "立德树人"。' },
    { level: 1, text: '党建引领' },
    { level: 3, text: '巩固主题教育成果。加强引领。', units: { lead: ['组干科'], responsible: ['各学校'] }, deadline: '2024年12月' },
    { level: 2, text: '学前教育。普及普惠。' },
    { level: 3, text: '扩大普惠资源。新建幼儿园10所。' },
    { level: 4, text: '<script>alert(1)</script>' },
  ]),
  notice,
};

function html(settings: Partial<ExportSettings> = {}, fonts: HtmlFonts = namedFonts(FONT_NAMES.gb2312)): string {
  const model = buildOfficialDocument({ plan, targets: [], settings: { ...DEFAULT_EXPORT_SETTINGS, attachTasks: true, ...settings } });
  return renderOfficialHtml(model, fonts);
}

const css = (h: string) => /<style>([\s\S]*?)<\/style>/.exec(h)![1]!;

describe('the HTML writer', () => {
  it('sets A4 with the official margins 37/26/35/28 mm and the task table on landscape pages', () => {
    const c = css(html());
    expect(c).toContain('@page{size:210mm 297mm;margin:37mm 26mm 35mm 28mm}');
    // Landscape: the same type area turned, the binding edge (37 mm) at the left.
    expect(c).toContain('@page landscape{size:297mm 210mm;margin:28mm 35mm 26mm 37mm}');
    expect(c).toContain('.landscape{page:landscape}');
    expect(html()).toMatch(/<section class="section attachment landscape">[\s\S]*重点任务分解表/);
  });

  it('lays body text on the grid: 16 pt, -0.25 pt letter-spacing, 28.95 pt lines, first lines 2 cells (31.5 pt) in, no widow control', () => {
    const c = css(html());
    expect(c).toMatch(/body\{[^}]*font-size:16pt;line-height:28\.95pt;letter-spacing:-0\.25pt;[^}]*orphans:1;widows:1/);
    expect(c).toContain('.indent{text-indent:31.5pt}');
    expect(c).toContain('.blank{height:28.95pt}');
    expect(c).toContain('.title{font-size:22pt;');
  });

  it('numbers pages "— N —" in 4号 宋体, odd pages on the right and even pages on the left, 7 mm under the type area, one character in', () => {
    const c = css(html());
    const right = /@page :right\{@bottom-right\{([^}]*)\}\}/.exec(c)![1]!;
    const left = /@page :left\{@bottom-left\{([^}]*)\}\}/.exec(c)![1]!;
    for (const box of [right, left]) {
      expect(box).toContain('content:"— " counter(page) " —"');
      expect(box).toContain('font-size:14pt');
      expect(box).toContain('font-family:"宋体", serif');
      expect(box).toContain('padding-top:7mm');
    }
    expect(right).toContain('text-align:right');
    expect(right).toContain('padding-right:14pt');
    expect(left).toContain('text-align:left');
    expect(left).toContain('padding-left:14pt');
  });

  it('puts the 版记 on its own last page, at the foot of the type area, with no page number', () => {
    const h = html();
    expect(css(h)).toContain('@page colophon{@bottom-right{content:none}@bottom-left{content:none}}');
    expect(css(h)).toMatch(/\.colophon-page\{page:colophon;break-before:page;height:calc\(225mm - 1pt\);display:flex;flex-direction:column;justify-content:flex-end\}/);
    const colophon = /<div class="colophon-page">([\s\S]*?)<\/div><\/div>\n/.exec(h)![1]!;
    expect(colophon).toContain('抄送：市委办公室，市政府办公室。');
    expect(colophon).toContain('<span>泰安市教育局办公室</span><span>2024年3月26日印发</span>');
    expect(h.indexOf('<div class="colophon-page">')).toBeGreaterThan(h.lastIndexOf('<section'));
  });

  it('prints the red header and the red rule, or keeps their space for pre-printed paper', () => {
    const red = html();
    expect(red).toContain('<div class="mark f-title" style="font-size:');
    expect(red).toContain('泰安市教育局文件</div>');
    expect(red).toMatch(/<p class="doc-number"[^>]*>泰教发〔2024〕1号<\/p><div class="red-rule"/);
    expect(css(red)).toContain('.red-rule{height:0;border-top:0.5mm solid #FF0000}');
    const plain = html({ redHeader: false });
    expect(plain).not.toContain('class="mark ');
    expect(plain).not.toContain('red-rule"');
    expect(plain).toMatch(/<div class="mark-space"><\/div>.*<p class="doc-number"/);
  });

  it('gives each level its font: 一、 黑体, （一） 楷体, items and body 仿宋, titles 小标宋', () => {
    const h = html();
    // Headings are h2/h3 (the PDF's bookmarks); their look is the grid's.
    expect(h).toMatch(/<h2 class="indent level1"[^>]*><span class="f-hei">一、<\/span><span class="f-hei">党建引领<\/span><\/h2>/);
    expect(h).toMatch(/<h3 class="indent level2"[^>]*><span class="f-kai">（一）<\/span><span class="f-kai">学前教育。<\/span>普及普惠。<\/h3>/);
    expect(h).toMatch(/<p class="indent level3"[^>]*>1\.巩固主题教育成果。加强引领。<\/p>/);
    expect(h).toContain('<h1 class="title f-title" data-field="title">泰安市教育局2024年工作要点</h1>');
    const c = css(h);
    expect(c).toContain('.f-hei{font-family:"黑体", sans-serif}');
    expect(c).toContain('.f-kai{font-family:"楷体_GB2312", serif}');
    expect(c).toContain('.f-title{font-family:"方正小标宋简体", serif}');
    expect(c).toContain('body{font-family:"仿宋_GB2312", serif;');
  });

  it('escapes every text the user typed', () => {
    const h = html();
    expect(h).not.toContain('<script>');
    expect(h).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(h).toContain('总体要求：坚持&lt;党的&gt;领导 &amp; &quot;立德树人&quot;。');
  });

  it('writes @font-face rules for the stand-ins and puts them after the official names', () => {
    const fonts: HtmlFonts = {
      faces: [{ family: 'PlanDesk Serif', src: 'file:///fonts/a "b".woff2', weight: 400, unicodeRange: 'U+4e00-9fff', metrics: { ascent: 86, descent: 14, lineGap: 0 } }],
      stacks: Object.fromEntries(FONT_ROLES.map((r) => [r, ['仿宋_GB2312', 'PlanDesk Serif']])) as HtmlFonts['stacks'],
    };
    const c = css(html({}, fonts));
    expect(c).toContain(
      '@font-face{font-family:"PlanDesk Serif";src:url("file:///fonts/a \\"b\\".woff2");font-weight:400;font-style:normal;font-display:block;ascent-override:86%;descent-override:14%;line-gap-override:0%;unicode-range:U+4e00-9fff;}',
    );
    expect(c).toContain('body{font-family:"仿宋_GB2312", "PlanDesk Serif", serif;');
  });

  it('places the signature and date by character cells and the 附件说明 with names aligned after 附件：', () => {
    const h = html({ layout: 'plain', attachIndicators: true });
    expect(h).toMatch(/<p class="signature f-kai" style="padding-left:275\.625pt">泰安市教育局<\/p><p class="signature" style="padding-left:307\.125pt">2024年3月26日<\/p>/);
    expect(h).toContain('<p class="hang keep" style="padding-left:78.75pt;text-indent:-47.25pt">附件：1.主要指标一览表</p>');
    // The last name keeps with the signature under it; the three go to a page together.
    expect(h).toContain('<p class="hang keep" style="padding-left:78.75pt">2.重点任务分解表</p>');
    expect(h).toMatch(/<div class="keep-together"><p class="indent level4 keep"[^>]*>（1）[^<]*<\/p><div class="blank keep"><\/div><p class="hang keep"[^>]*>附件：1\.主要指标一览表<\/p><p class="hang keep"[^>]*>2\.重点任务分解表<\/p><div class="blank keep"><\/div><div class="signature"[^>]*>(<p[^>]*>[^<]*<\/p>){2}<\/div><\/div>/);
  });
});
