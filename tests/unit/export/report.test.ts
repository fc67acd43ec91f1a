// The 落实情况报告 as files: the .docx read back (and rendered by LibreOffice), the PDF printed by
// Chromium read back with poppler, and both from the command line.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../electron/services/export/pdf/printer';
import { openServices, type Services } from '../../../electron/services/index';
import { createTarget, seedTrackedPlan, type TrackedPlan } from '../helpers/targets';
import { tmpDbPath, tmpDir } from '../helpers/tmp';
import { attr, paragraphs, parseXml, sections, unzipDocx, type Parts } from './helpers';
import { convertWithLibreOffice, hasTool, readPages, type PdfPage } from './pdf-measure';
import { pageSizes, pdfFonts } from './pdf-read';

const root = path.resolve(__dirname, '../../..');
const bin = path.join(root, 'bin', 'plandesk.mjs');
const TITLE = '2025年第三季度工作要点落实情况';
const STATUSES = ['滞后', '正常推进', '逾期', '已完成', '无数据'];

/** The tracked plan with three quarters entered, a note, a second target on item 1, and `extra` targets on item 3. */
function seed(s: Services, extra = 0): TrackedPlan {
  const plan = seedTrackedPlan(s);
  const t = plan.targets;
  const enter = (id: number, ...values: number[]) => values.forEach((value, i) => s.progress.setValue({ targetId: id, period: `2025-Q${i + 1}`, value }));
  enter(t.bases, 10, 20, 30);
  enter(t.netService, 83, 86, 88);
  enter(t.schools, 3, 6, 9);
  enter(t.myopia, 53.5, 52, 51.2);
  enter(t.alliances, 0, 1, 2);
  s.progress.setValue({ targetId: t.schools, period: '2025-Q3', note: '2所因征地延期' });
  createTarget(s, plan.planId, { indicator: '首课教学名师', unit: '名', target: 200, items: ['item-1'] });
  for (let i = 0; i < extra; i++) {
    const id = createTarget(s, plan.planId, { indicator: `新建学校${i + 1}号项目`, unit: '所', target: 1, items: ['item-3'] });
    s.progress.setValue({ targetId: id, period: '2025-Q3', value: i % 2, note: i % 3 === 0 ? '主体工程已封顶，正在进行室内外装修' : '' });
  }
  return plan;
}

/**
 * The PDF's text in the order it is drawn, line ends and spaces dropped: a cell's wrapped text reads
 * whole (and LibreOffice's spaces between Chinese and digits go).
 */
const drawnText = (pdf: string) => execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
const ROW_OF_EXTRA = /^新建学校\d+/;

const open = (dbPath = tmpDbPath()) => openServices({ dbPath, mode: 'cli', clock: () => new Date('2025-10-08T02:00:00Z'), fontsDir: path.join(root, 'resources/fonts') });

describe('the 落实情况报告 as .docx', () => {
  let s: Services;
  let parts: Parts;
  let fileName: string;
  beforeAll(() => {
    s = open();
    const plan = seed(s);
    const out = s.progressReports.docx(plan.planId, '2025-09-30');
    fileName = out.fileName;
    parts = unzipDocx(out.bytes);
  });
  afterAll(() => s.close());

  it('is named after the organ and the report, well formed, with the title in its properties', () => {
    expect(fileName).toBe(`泰安市教育局${TITLE}.docx`);
    for (const [name, xml] of Object.entries(parts)) expect(() => parseXml(xml), name).not.toThrow();
    expect(parts['docProps/core.xml']).toContain(`<dc:title>${TITLE}</dc:title>`);
  });

  it('opens with the title, the date and the counts, then a heading 一、 and a sentence for each section', () => {
    const ps = paragraphs(parts['word/document.xml']!).filter((p) => !p.pPr.includes('<w:tblHeader') && p.text);
    const body = ps.map((p) => p.text);
    expect(body[0]).toBe(TITLE);
    expect(body[1]).toBe('截至2025年9月30日，《泰安市教育局2025年工作要点》共6项指标，已完成1项（16.7%），正常推进2项，滞后1项，逾期1项，无数据1项。各部分落实情况如下。');
    expect(body[2]).toBe('一、坚持立德树人，加强思想政治教育');
    expect(body[3]).toBe('本部分共3项指标，尚无已完成的指标，正常推进1项，滞后1项，无数据1项。');
    expect(body).toContain('二、优化资源配置，办好人民满意的教育');
    expect(body).toContain('本部分共3项指标，已完成1项（33.3%），正常推进1项，逾期1项。');
    const heading = ps.find((p) => p.text.startsWith('二、'))!;
    expect(heading.pPr).toContain('<w:pStyle w:val="PDLevel1"/>');
    expect(heading.runs.every((r) => r.rPr.includes('w:eastAsia="黑体"'))).toBe(true);
    expect(ps.at(-2)!.text).toBe('泰安市教育局');
    expect(ps.at(-1)!.text).toBe('2025年10月8日');
  });

  it('holds a table per section: item, indicator, target, latest value and period, status and note', () => {
    const xml = parts['word/document.xml']!;
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(2);
    const rows = (tbl: string) =>
      [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).map((p) => p.text).join('\n')));
    expect(rows(tables[0]!)).toEqual([
      ['序号', '条目', '指标', '目标', '最新值', '状态', '备注'],
      ['1', '1.建立50个首课教育基地，培养200名首课教学名师。', '首课教育基地', '≥50个', '30个\n（第三季度）', '滞后', ''],
      ['2', '', '首课教学名师', '≥200名', '未填报', '无数据', ''],
      ['3', '2.确保全市幼儿园招生报名“一网通办”覆盖率达到90%以上。', '幼儿园招生“一网通办”覆盖率', '≥90%', '88%\n（第三季度）', '正常推进', ''],
    ]);
    expect(rows(tables[1]!).slice(1).map((r) => [r[2], r[5], r[6]])).toEqual([
      ['新建改扩建中小学', '逾期', '2所因征地延期'],
      ['儿童青少年近视率', '正常推进', ''],
      ['市域产教联合体', '已完成', ''],
    ]);
    // Item 1 with its two targets: one cell merged down over two rows.
    expect(tables[0]!.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(1);
    expect(tables[0]!.match(/<w:vMerge\/>/g)).toHaveLength(1);
    // The header row repeats on every page; rows do not break across pages.
    expect(tables[0]!).toContain('<w:tblHeader/>');
  });

  it('is landscape A4 with the official margins turned', () => {
    const [sect] = sections(parts['word/document.xml']!);
    expect(sections(parts['word/document.xml']!)).toHaveLength(1);
    expect(attr(sect!, 'w:pgSz', 'w:orient')).toBe('landscape');
    expect([attr(sect!, 'w:pgSz', 'w:w'), attr(sect!, 'w:pgSz', 'w:h')]).toEqual(['16838', '11906']);
    expect(attr(sect!, 'w:pgMar', 'w:top')).toBe('1588');
  });
});

const loMissing = ['soffice', 'pdftotext', 'pdfinfo'].filter((t) => !hasTool(t));

describe.skipIf(loMissing.length > 0)('the 落实情况报告 .docx rendered by LibreOffice', () => {
  let pages: PdfPage[];
  let text: string;
  let dir: string;
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-report-lo-'));
    const s = open(path.join(dir, 'plandesk.db'));
    try {
      const plan = seed(s, 24);
      const docx = path.join(dir, 'report.docx');
      fs.writeFileSync(docx, s.progressReports.docx(plan.planId, '2025-09-30').bytes);
      const pdf = convertWithLibreOffice(docx, dir);
      pages = readPages(pdf);
      text = drawnText(pdf);
    } finally {
      s.close();
    }
  }, 240_000);

  it('runs over landscape pages, the table header on each page the table continues on', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const p of pages) expect(p.widthMm).toBeGreaterThan(p.heightMm);
    const lines = (p: PdfPage) => p.lines.map((l) => l.text);
    expect(lines(pages[0]!)[0]).toBe(TITLE);
    const withRows = pages.filter((p) => p.lines.some((l) => ROW_OF_EXTRA.test(l.text)));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const p of withRows) expect(lines(p)).toContain('序号');
    for (const s of STATUSES) expect(text).toContain(s);
    expect(text).toContain('2所因征地延期');
    expect(text).toContain('泰安市教育局2025年10月8日');
  });

  it('keeps the table inside the type area (37 mm from the left edge, 35 mm from the right)', () => {
    const lines = pages.flatMap((p) => p.lines.filter((l) => !/^—\d+—$/.test(l.text)));
    expect(Math.min(...lines.map((l) => l.xMin))).toBeGreaterThan(37 - 1);
    expect(Math.max(...lines.map((l) => l.xMax))).toBeLessThan(297 - 35 + 0.5);
  });
});

const pdfMissing = [...['pdftotext', 'pdfinfo', 'pdffonts'].filter((t) => !hasTool(t)), ...(findChromium() ? [] : ['chromium'])];

describe.skipIf(pdfMissing.length > 0)('the 落实情况报告 as PDF', () => {
  let dir: string;
  let file: string;
  let pages: PdfPage[];
  let text: string;
  let reported: number;
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-report-pdf-'));
    const s = open(path.join(dir, 'plandesk.db'));
    try {
      const plan = seed(s, 24);
      const out = await s.progressReports.pdf(plan.planId, '2025-09-30');
      expect(out.fileName).toBe(`泰安市教育局${TITLE}.pdf`);
      file = path.join(dir, out.fileName);
      fs.writeFileSync(file, out.bytes);
      reported = out.pages;
      pages = readPages(file);
      text = drawnText(file);
    } finally {
      s.close();
    }
  }, 120_000);

  it('prints the same report: title, counts, headings, every status and the notes, on landscape A4', () => {
    expect(reported).toBe(pages.length);
    for (const p of pageSizes(file)) expect([Math.round(p.widthMm), Math.round(p.heightMm)]).toEqual([297, 210]);
    expect(pages[0]!.lines[0]!.text).toBe(TITLE);
    expect(text).toContain('截至2025年9月30日，《泰安市教育局2025年工作要点》共30项指标');
    expect(text).toContain('一、坚持立德树人，加强思想政治教育');
    expect(text).toContain('二、优化资源配置，办好人民满意的教育');
    for (const s of STATUSES) expect(text).toContain(s);
    expect(text).toContain('2所因征地延期');
    expect(text).toContain('30个（第三季度）');
    const withRows = pages.filter((p) => p.lines.some((l) => ROW_OF_EXTRA.test(l.text)));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const p of withRows) expect(p.lines.map((l) => l.text)).toContain('序号');
  });

  it('embeds its fonts as CID fonts, none as Type 3', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.embedded, f.name).toBe(true);
      expect(f.type, f.name).not.toMatch(/Type 3/);
    }
  });
});

describe('plandesk progress report --format --out', () => {
  const plandesk = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });
  const seeded = () => {
    const db = tmpDbPath();
    const s = open(db);
    const plan = seed(s);
    s.close();
    return { db, planId: plan.planId };
  };

  it('writes the .docx and says where as JSON; without --out it still prints the data', () => {
    const { db, planId } = seeded();
    const out = path.join(tmpDir(), '报告', '三季度.docx');
    const r = plandesk(['--db', db, 'progress', 'report', planId, '--date', '2025-09-30', '--format', 'docx', '--out', out, '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ out, suggestedName: `泰安市教育局${TITLE}.docx` });
    expect(paragraphs(unzipDocx(fs.readFileSync(out))['word/document.xml']!)[0]!.text).toBe(TITLE);
    const data = JSON.parse(plandesk(['--db', db, 'progress', 'report', planId, '--date', '2025-09-30', '--json']).stdout);
    expect(data).toMatchObject({ title: TITLE, total: 6 });
  }, 60_000);

  it.skipIf(pdfMissing.length > 0)('writes the PDF with its page count', () => {
    const { db, planId } = seeded();
    const out = path.join(tmpDir(), '三季度.pdf');
    const r = plandesk(['--db', db, 'progress', 'report', planId, '--date', '2025-09-30', '--out', out, '--json']);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ out, suggestedName: `泰安市教育局${TITLE}.pdf` });
    expect(json.pages).toBe(pageSizes(out).length);
  }, 120_000);

  it('refuses an unknown format, a missing --out and a bad date in Chinese, writing nothing', () => {
    const { db, planId } = seeded();
    const dir = tmpDir();
    const bad = plandesk(['--db', db, 'progress', 'report', planId, '--format', 'xlsx', '--out', path.join(dir, 'a.xlsx')]);
    expect([bad.status, bad.stderr.trim()]).toEqual([1, '错误：不支持的报告格式“xlsx”。可用：docx、pdf。']);
    const noOut = plandesk(['--db', db, 'progress', 'report', planId, '--format', 'docx']);
    expect([noOut.status, noOut.stderr.trim()]).toEqual([1, '错误：请用 --out 给出报告文件的路径，如 --out 落实情况报告.docx。']);
    const date = plandesk(['--db', db, 'progress', 'report', planId, '--date', '2025-09-31', '--out', path.join(dir, 'b.docx')]);
    expect(date.status).toBe(1);
    expect(date.stderr).toContain('统计日期“2025-09-31”无效');
    expect(fs.readdirSync(dir)).toEqual([]);
  }, 60_000);
});
