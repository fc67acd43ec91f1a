// The PDF of seed 002 (泰安市, with its issuing notice, both attachments and a 版记), printed by
// Chromium and read back with poppler as a reader of OFFICIAL_FORMAT.md would check it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import { findChromium } from '../../../electron/services/export/pdf/printer';
import type { PdfExport } from '../../../electron/services/export/pdf/service';
import type { ExportSettings } from '../../../shared/official/settings';
import { SEED_002, importSeed } from './helpers';
import { cjkCount, hasTool, readPages, redRows, type PdfPage, type TextLine } from './pdf-measure';
import { pageSizes, pdfFonts, pdfPageCount } from './pdf-read';

const missing = [...['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'].filter((t) => !hasTool(t)), ...(findChromium() ? [] : ['chromium'])];
if (missing.length) console.warn(`PDF read-back checks skipped: ${missing.join(', ')} not installed (CI installs chromium and poppler-utils).`);

// Type area of a portrait page, mm from the top-left corner.
const TOP = 37;
const LEFT = 28;
const RIGHT = 210 - 26;
const BOTTOM = 297 - 35;
const PITCH = (28.95 * 25.4) / 72;
const CHAR_4 = (14 * 25.4) / 72;

let dir: string;
let s: Services;
let file: string;
let out: PdfExport;
let pages: PdfPage[];
let settings: ExportSettings;

const pageNumber = (p: PdfPage): TextLine | undefined => p.lines.find((l) => /^—\d+—$/.test(l.text));
const textLines = (p: PdfPage) => p.lines.filter((l) => l !== pageNumber(p));
const isLandscape = (p: { widthMm: number; heightMm: number }) => p.widthMm > p.heightMm;

describe.skipIf(missing.length > 0)('the PDF of 002 with its notice, attachments and 版记', () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-pdf-'));
    s = openServices({ dbPath: path.join(dir, 'plandesk.db'), mode: 'cli' });
    const plan = importSeed(s, SEED_002);
    s.db.prepare("UPDATE plans SET notice_cc = '市委办公室，市政府办公室', notice_printer = '泰安市教育局办公室', notice_print_date = '2024-03-26' WHERE id = ?").run(plan.id);
    settings = { ...s.exporter.settings(plan.id), layout: 'notice', attachTasks: true, attachIndicators: true };
    out = await s.pdf.pdf(plan.id, settings);
    file = path.join(dir, out.fileName);
    fs.writeFileSync(file, out.bytes);
    pages = readPages(file);
  }, 120_000);
  afterAll(() => {
    s?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Portrait pages of the plan's body after its title page, before the attachments. */
  const bodyPages = (withTitlePage = false) => {
    const start = pages.findIndex((p) => p.lines.some((l) => l.text === '泰安市教育局2024年工作要点'));
    const end = pages.findIndex((p) => p.lines.some((l) => /^附件\d?$/.test(l.text)));
    return pages.slice(start + (withTitlePage ? 0 : 1), end < 0 ? undefined : end).filter((p) => !isLandscape(p));
  };
  const fullPages = () => bodyPages().filter((p) => Math.max(...textLines(p).map((l) => l.yMax)) > BOTTOM - PITCH);

  it('is A4 throughout, portrait and landscape, and PlanDesk counts its pages as pdfinfo does', () => {
    const sizes = pageSizes(file);
    expect(sizes).toHaveLength(pdfPageCount(file));
    expect(out.pages).toBe(sizes.length);
    for (const p of sizes) {
      const [w, h] = isLandscape(p) ? [297, 210] : [210, 297];
      expect(Math.abs(p.widthMm - w)).toBeLessThan(0.5);
      expect(Math.abs(p.heightMm - h)).toBeLessThan(0.5);
    }
    expect(out.fileName).toBe('中共泰安市委教育工委 泰安市教育局2024年工作要点.pdf');
  });

  it('embeds every font, none of them Type 3, all with a Unicode map (text can be searched and copied)', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.type, f.name).not.toMatch(/Type 3/);
      expect(f.type, f.name).toBe('CID TrueType');
      expect(f.embedded, f.name).toBe(true);
      expect(f.unicode, f.name).toBe(true);
    }
  });

  it('holds 22 lines on every full body page, the first at the top of the type area (37 ± 1 mm), on the 28.95 pt pitch', () => {
    const full = fullPages();
    expect(full.length).toBeGreaterThanOrEqual(8);
    for (const p of full) {
      const lines = textLines(p);
      expect(lines, lines.map((l) => l.text.slice(0, 8)).join('|')).toHaveLength(22);
      expect(Math.abs(lines[0]!.yMin - TOP)).toBeLessThan(1);
      expect(lines[21]!.yMin - lines[0]!.yMin).toBeCloseTo(21 * PITCH, 0);
    }
  });

  it('starts body lines at the 28 ± 1 mm edge, with at most 28 characters inside the type area', () => {
    const lines = bodyPages().flatMap(textLines);
    const left = Math.min(...lines.map((l) => l.xMin));
    expect(Math.abs(left - LEFT)).toBeLessThan(1);
    for (const l of lines) {
      expect(cjkCount(l.text), l.text).toBeLessThanOrEqual(28);
      expect(l.xMax, l.text).toBeLessThan(RIGHT + 0.5);
    }
    // Full lines do reach 28 characters: the grid is filled, not merely not exceeded.
    expect(Math.max(...lines.map((l) => cjkCount(l.text)))).toBe(28);
  });

  it('numbers pages "—N—" 7 mm under the type area: odd pages at the right, even pages at the left, one character in', () => {
    const numbered = pages.filter(pageNumber);
    expect(numbered.length).toBe(pages.length - 1);
    for (const p of numbered) {
      const n = pageNumber(p)!;
      const no = Number(n.text.replace(/—/g, ''));
      expect(no).toBe(pages.indexOf(p) + 1);
      const [left, right, bottom] = isLandscape(p) ? [37, 297 - 35, 210 - 26] : [LEFT, RIGHT, BOTTOM];
      expect(Math.abs(n.yMin - (bottom + 7))).toBeLessThan(1.5);
      if (no % 2 === 1) expect(Math.abs(n.xMax - (right - CHAR_4))).toBeLessThan(1);
      else expect(Math.abs(n.xMin - (left + CHAR_4))).toBeLessThan(1);
    }
  });

  it('opens as a red-header notice: the mark 35 mm into the type area, 发文字号, the red rule 4 mm under it, title, 主送, signature and date', () => {
    const p1 = pages[0]!;
    const red = redRows(file, 1, dir, 3);
    expect(Math.abs(red[0]! - (TOP + 35))).toBeLessThan(1.5);
    const number = p1.lines.find((l) => l.text === '泰教发〔2024〕1号')!;
    const rule = redRows(file, 1, dir, 100).filter((y) => y > number.yMax);
    expect(rule.length).toBeGreaterThan(0);
    expect(Math.abs(rule[0]! - number.yMax - 4)).toBeLessThan(1.5);
    const texts = p1.lines.map((l) => l.text);
    expect(texts).toContain('关于印发2024年工作要点的通知');
    expect(texts.some((t) => t.startsWith('各县市区教育和体育局'))).toBe(true);
    expect(texts).toContain('2024年3月26日');
  });

  it('prints the 23 items numbered 1.-23. in order across the seven sections', () => {
    // Paragraph starts: lines indented two cells (31.5 pt).
    const body = bodyPages(true)
      .flatMap(textLines)
      .filter((l) => Math.abs(l.xMin - (LEFT + (31.5 * 25.4) / 72)) < 0.5)
      .map((l) => l.text);
    const items = body.map((t) => /^(\d+)\.\S/.exec(t)?.[1]).filter(Boolean).map(Number);
    expect(items).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    const sections = body.filter((t) => /^[一二三四五六七]、/.test(t)).map((t) => t[0]);
    expect(sections).toEqual([...'一二三四五六七']);
  });

  it('puts the task table on landscape pages and the 版记 alone on the last page at the foot of the type area, without a page number', () => {
    const tasks = pages.filter((p) => p.lines.some((l) => l.text === '重点任务分解表'));
    expect(tasks.length).toBe(1);
    expect(isLandscape(tasks[0]!)).toBe(true);
    expect(pages.slice(pages.indexOf(tasks[0]!), -1).every(isLandscape)).toBe(true);
    const last = pages[pages.length - 1]!;
    expect(isLandscape(last)).toBe(false);
    expect(pageNumber(last)).toBeUndefined();
    expect(last.lines[0]!.text).toBe('抄送：市委办公室，市政府办公室。');
    expect(Math.abs(last.lines[0]!.xMin - (LEFT + CHAR_4))).toBeLessThan(1);
    const bottom = Math.max(...last.lines.map((l) => l.yMax));
    expect(bottom).toBeGreaterThan(BOTTOM - 5);
    expect(bottom).toBeLessThan(BOTTOM);
  });

  it('says which fonts it used and what stood in for the missing official ones', () => {
    expect(out.fonts.used.length).toBeGreaterThan(0);
    for (const sub of out.fonts.substituted) expect(out.fonts.used).toContain(sub.standIn);
    expect(out.fonts.missingChars).toEqual([]);
  });

  it('has the same pages in the preview, which prints again only when the document changes', async () => {
    const preview = await s.pdf.preview(s.plans.list()[0]!.id, settings);
    expect(preview.pages).toBe(pdfPageCount(file));
    const again = await s.pdf.preview(s.plans.list()[0]!.id, settings);
    expect(again).toBe(preview);
  });
});
