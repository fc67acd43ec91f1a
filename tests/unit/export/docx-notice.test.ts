// The .docx of 002 (泰安 2024, with its issuing notice) read back: each rule of OFFICIAL_FORMAT.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import type { ExportSettings } from '../../../shared/official/settings';
import { tmpDbPath } from '../helpers/tmp';
import { SEED_002, attr, importSeed, para, paragraphs, parseXml, sections, unzipDocx, type Para, type Parts } from './helpers';

let s: Services;
let parts: Parts;
let doc: string;
let ps: Para[];
let planId: string;
let settings: ExportSettings;

beforeAll(() => {
  s = openServices({ dbPath: tmpDbPath(), mode: 'cli', clock: () => new Date('2024-03-26T08:00:00Z') });
  const plan = importSeed(s, SEED_002);
  planId = plan.id;
  s.db
    .prepare("UPDATE plans SET notice_cc = '市委办公室，市人大常委会办公室，市政府办公室', notice_printer = '泰安市教育局办公室', notice_print_date = '2024-03-26' WHERE id = ?")
    .run(planId);
  settings = { ...s.exporter.settings(planId), layout: 'notice', attachTasks: true, attachIndicators: true, printUnits: true };
  parts = unzipDocx(s.exporter.docx(planId, settings).bytes);
  doc = parts['word/document.xml']!;
  ps = paragraphs(doc);
});
afterAll(() => s.close());

describe('the package', () => {
  it('every part is well-formed XML, listed in the content types and reachable by a relationship', () => {
    for (const [name, xml] of Object.entries(parts)) expect(() => parseXml(xml), name).not.toThrow();
    const types = parts['[Content_Types].xml']!;
    const rels = parts['word/_rels/document.xml.rels']!;
    const root = parts['_rels/.rels']!;
    for (const name of Object.keys(parts)) {
      if (name.endsWith('.rels') || name === '[Content_Types].xml') continue;
      expect(types, name).toContain(`PartName="/${name}"`);
      const target = name.startsWith('word/') ? name.slice(5) : name;
      expect(rels.includes(`Target="${target}"`) || root.includes(`Target="${name}"`), `${name} has a relationship`).toBe(true);
    }
    // Every relationship points at a part that exists, every r:id used is declared.
    for (const m of rels.matchAll(/Target="([^"]+)"/g)) expect(parts[`word/${m[1]}`], m[1]).toBeDefined();
    const ids = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of doc.matchAll(/r:id="([^"]+)"/g)) expect(ids.has(m[1]), m[1]).toBe(true);
  });

  it('the title of the file is the plan title, and there is no Word list numbering', () => {
    expect(parts['docProps/core.xml']).toContain('<dc:title>中共泰安市委教育工委 泰安市教育局2024年工作要点</dc:title>');
    expect(parts['word/numbering.xml']).toBeUndefined();
    expect(doc).not.toContain('<w:numPr>');
  });
});

describe('page and grid', () => {
  it('portrait pages are A4 with margins 37/26/35/28 mm and a 22-line grid at 579 twips', () => {
    const secs = sections(doc);
    const portrait = secs.filter((x) => !x.includes('landscape'));
    expect(portrait.length).toBeGreaterThanOrEqual(3);
    for (const sec of portrait) {
      expect(sec).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
      expect(attr(sec, 'w:pgMar', 'w:top')).toBe('2098');
      expect(attr(sec, 'w:pgMar', 'w:left')).toBe('1588');
      expect(attr(sec, 'w:pgMar', 'w:right')).toBe('1474');
      expect(attr(sec, 'w:pgMar', 'w:bottom')).toBe('1985');
    }
    for (const sec of secs) expect(sec).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
  });

  it('every run names its fonts fully, is Chinese (zh-CN) and has -0.25 pt character spacing', () => {
    const runs = [...doc.matchAll(/<w:rPr>[\s\S]*?<\/w:rPr>/g)].map((m) => m[0]);
    expect(runs.length).toBeGreaterThan(100);
    for (const r of runs) {
      expect(r).toMatch(/<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="[^"]+" w:cs="Times New Roman" w:hint="eastAsia"\/>/);
      expect(r).toContain('<w:spacing w:val="-5"/>');
      expect(r).toContain('w:eastAsia="zh-CN"');
    }
    expect(doc).not.toMatch(/asciiTheme|eastAsiaTheme/);
  });

  it('body text is 3号 仿宋 on exact 28.95 pt lines, indented two 15.75 pt cells, widow control off, kinsoku on', () => {
    const body = para(ps, '2024年,全市教育工作的总体思路是');
    expect(body.pPr).toContain('w:line="579" w:lineRule="exact"');
    expect(body.pPr).toContain('w:firstLine="630"');
    expect(body.runs[0]!.rPr).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body.runs[0]!.rPr).toContain('<w:sz w:val="32"/>');
    for (const p of ps) {
      expect(p.pPr).toContain('<w:widowControl w:val="0"/>');
      expect(p.pPr).toContain('<w:kinsoku w:val="1"/>');
    }
  });
});

describe('headings and items', () => {
  it('levels print their numbers as text from the outline: 一、 in 黑体, 1. continuous to 23. in 仿宋', () => {
    const h1 = para(ps, '一、擎旗定向');
    expect(h1.runs[0]!.text).toBe('一、');
    expect(h1.runs[0]!.rPr).toContain('w:eastAsia="黑体"');
    expect(h1.pPr).toContain('<w:outlineLvl w:val="0"/>');
    const sevens = ps.filter((p) => p.pPr.includes('PDLevel1'));
    expect(sevens.map((p) => p.text.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
    const items = ps.filter((p) => p.pPr.includes('PDLevel3'));
    expect(items.map((p) => p.runs[0]!.text)).toEqual(Array.from({ length: 23 }, (_, i) => `${i + 1}.`));
    expect(items[0]!.runs[1]!.text).toBe('巩固提升主题教育成果。');
    expect(items[0]!.runs[1]!.rPr).toContain('w:eastAsia="仿宋_GB2312"');
    expect(items[0]!.runs[1]!.rPr).not.toContain('<w:b/>');
  });

  it('the lead sentence is bold only when the house option asks for it', () => {
    const bold = paragraphs(unzipDocx(s.exporter.docx(planId, { ...settings, leadBold: true }).bytes)['word/document.xml']!);
    const item = bold.find((p) => p.text.startsWith('1.巩固'))!;
    expect(item.runs[1]!.rPr).toContain('<w:b/>');
    expect(item.runs[2]!.rPr).not.toContain('<w:b/>');
  });
});

describe('the issuing notice (版头 to 成文日期)', () => {
  it('the red 发文机关标志 names both organs with 文件, in 小标宋, red', () => {
    const mark = ps.filter((p) => p.runs.some((r) => r.rPr.includes('w:color w:val="FF0000"')));
    expect(mark.map((p) => p.text)).toEqual(['中共泰安市委教育工委', '泰安市教育局', '文件']);
    for (const p of mark) expect(p.runs[0]!.rPr).toContain('w:eastAsia="方正小标宋简体"');
  });

  it('the 发文字号 is centred with the red rule under it, then the 2号 title, then 主送机关 ending in a colon', () => {
    const num = para(ps, '泰教发〔2024〕1号');
    expect(num.pPr).toContain('<w:jc w:val="center"/>');
    expect(num.pPr).toMatch(/<w:pBdr><w:bottom w:val="single" w:sz="1[0-9]" w:space="\d+" w:color="FF0000"\/><\/w:pBdr>/);
    const i = ps.indexOf(num);
    expect(ps[i + 1]!.text).toBe('');
    expect(ps[i + 2]!.text).toBe('');
    const title = ps[i + 3]!;
    expect(title.text).toBe('关于印发2024年工作要点的通知');
    expect(title.runs[0]!.rPr).toContain('<w:sz w:val="44"/>');
    expect(title.runs[0]!.rPr).toContain('w:eastAsia="方正小标宋简体"');
    expect(ps[i + 4]!.text).toBe('');
    expect(ps[i + 5]!.text).toMatch(/^各县市区教育和体育局.*局\(委\)机关各科室：$/);
  });

  it('signature 2 characters in from the right and the date 2 characters right of it, with the last lines kept together', () => {
    const first = para(ps, '中共泰安市委教育工委');
    const signer = ps.filter((p) => p.text === '中共泰安市委教育工委' && p.runs[0]!.rPr.includes('楷体'))[0]!;
    expect(signer).toBeDefined();
    const i = ps.indexOf(signer);
    expect(ps[i + 1]!.text).toBe('泰安市教育局');
    const date = ps[i + 2]!;
    expect(date.text).toBe('2024年3月26日');
    // 28 - 2 - 10 = 16 cells of 315 twips; the date 2 cells further right.
    expect(attr(signer.pPr, 'w:ind', 'w:left')).toBe(String(16 * 315));
    expect(attr(date.pPr, 'w:ind', 'w:left')).toBe(String(18 * 315));
    expect(signer.pPr).toContain('<w:keepNext/>');
    expect(ps[i - 1]!.pPr).toContain('<w:keepNext/>');
    expect(first).toBeDefined();
  });

  it('the plan follows on a new page (a new section) under its own 2号 title broken by words', () => {
    const planTitle = ps.find((p) => p.text === '中共泰安市委教育工委\n泰安市教育局2024年工作要点');
    expect(planTitle).toBeDefined();
    const before = ps[ps.indexOf(planTitle!) - 1]!;
    expect(before.pPr).toContain('<w:sectPr>');
  });
});

describe('page numbers', () => {
  it('odd and even footers differ: "— N —" in 4号 宋体 from a PAGE field, odd right and even left, one character in', () => {
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const odd = parts['word/footer1.xml']!;
    const even = parts['word/footer2.xml']!;
    for (const f of [odd, even]) {
      const text = [...f.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      expect(text).toBe('— 1 —');
      expect(f).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(attr(odd, 'w:ind', 'w:right')).toBe('280');
    expect(even).toContain('<w:jc w:val="left"/>');
    expect(attr(even, 'w:ind', 'w:left')).toBe('280');
    // 7 mm under the type area: the footer line's bottom 35 - 7 - 4.94 mm above the page edge.
    expect(Number(attr(sections(doc)[0]!, 'w:pgMar', 'w:footer'))).toBe(1307);
  });

  it('the 版记 page has no page number; every other section numbers its pages', () => {
    const rels = parts['word/_rels/document.xml.rels']!;
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    const secs = sections(doc);
    const last = secs[secs.length - 1]!;
    for (const m of last.matchAll(/r:id="([^"]+)"/g)) expect(parts[`word/${target(m[1]!)}`]).not.toContain('PAGE');
    for (const sec of secs.slice(0, -1)) for (const m of sec.matchAll(/r:id="([^"]+)"/g)) expect(parts[`word/${target(m[1]!)}`]).toContain('PAGE');
    expect(secs[0]).toContain('w:start="1"');
  });
});

describe('attachments and 版记', () => {
  it('附件说明 lists both tables; each attachment starts a section with 附件N in 黑体 and its 2号 title', () => {
    expect(para(ps, '附件：1.主要指标一览表').runs[0]!.text).toBe('附件：1.主要指标一览表');
    para(ps, '2.重点任务分解表');
    const label = para(ps, '附件2');
    expect(label.runs[0]!.rPr).toContain('w:eastAsia="黑体"');
    expect(ps[ps.indexOf(label) + 2]!.text).toBe('重点任务分解表');
  });

  it('the task table is landscape, lists all 23 items under their sections, and its widths agree (tblW = sum of gridCol)', () => {
    const landscape = sections(doc).filter((x) => x.includes('w:orient="landscape"'));
    expect(landscape).toHaveLength(1);
    expect(landscape[0]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    for (const t of doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)) {
      const total = Number(attr(t[0], 'w:tblW', 'w:w'));
      const cols = [...t[0].matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(cols.reduce((a, b) => a + b, 0)).toBe(total);
      expect(t[0]).toContain('<w:tblLayout w:type="fixed"/>');
    }
    const rows = ps.filter((p) => /^\d+\.[\u4e00-\u9fff“]/.test(p.text) && p.pPr.includes('w:lineRule="auto"'));
    expect(rows).toHaveLength(23);
    expect(rows[0]!.text).toBe('1.巩固提升主题教育成果。');
    // Table text is off the 28.95 pt grid, single spaced.
    for (const r of rows) expect(r.pPr).toContain('<w:snapToGrid w:val="0"/>');
  });

  it('the 版记 stands on the last page: 抄送 and 印发 between rules of 0.35/0.25 mm, 4号 仿宋, one character in', () => {
    const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const colophon = tables[tables.length - 1]!;
    const cc = paragraphs(colophon);
    expect(cc.map((p) => p.text)).toEqual(['抄送：市委办公室，市人大常委会办公室，市政府办公室。', '泰安市教育局办公室', '2024年3月26日印发']);
    expect(colophon).toContain('<w:top w:val="single" w:sz="8"');
    expect(colophon).toContain('<w:bottom w:val="single" w:sz="6"');
    expect(colophon).toContain('<w:top w:val="single" w:sz="6"');
    expect(colophon).toContain('<w:bottom w:val="single" w:sz="8"');
    expect(cc[0]!.runs[0]!.rPr).toContain('<w:sz w:val="28"/>');
    expect(attr(cc[1]!.pPr, 'w:ind', 'w:left')).toBe('280');
    expect(attr(cc[2]!.pPr, 'w:ind', 'w:right')).toBe('280');
  });
});

describe('options', () => {
  it('without the red header nothing is red and the 发文字号 keeps its place', () => {
    const d = unzipDocx(s.exporter.docx(planId, { ...settings, redHeader: false }).bytes)['word/document.xml']!;
    expect(d).not.toContain('FF0000');
    expect(paragraphs(d).some((p) => p.text === '泰教发〔2024〕1号')).toBe(true);
  });

  it('Windows fonts name 仿宋, 楷体, 黑体 and 华文中宋; the plain layout has no notice', () => {
    const d = unzipDocx(s.exporter.docx(planId, { ...settings, fonts: 'windows', layout: 'plain' }).bytes)['word/document.xml']!;
    expect(d).toContain('w:eastAsia="仿宋"');
    expect(d).toContain('w:eastAsia="华文中宋"');
    expect(d).not.toContain('_GB2312');
    expect(d).not.toContain('泰教发〔2024〕1号');
    expect(paragraphs(d)[0]!.text).toBe('中共泰安市委教育工委\n泰安市教育局2024年工作要点');
  });
});
