// The exported .docx rendered by LibreOffice and measured on the PDF: the grid (22 lines of 28
// characters), the margins, the page numbers, the red header and the 版记, as a reader would check.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import { SEED_002, importSeed } from './helpers';
import { cjkCount, convertWithLibreOffice, hasTool, readPages, redRows, type PdfPage, type TextLine } from './pdf-measure';

const tools = ['soffice', 'pdftotext', 'pdftoppm'].filter((t) => !hasTool(t));
if (tools.length) console.warn(`LibreOffice rendering checks skipped: ${tools.join(', ')} not installed (CI installs libreoffice-writer and poppler-utils).`);

// Type area of a portrait page, mm from the top-left corner.
const TOP = 37;
const LEFT = 28;
const RIGHT = 210 - 26;
const BOTTOM = 297 - 35;
const PITCH = (28.95 * 25.4) / 72;
const CHAR_4 = (14 * 25.4) / 72;
const CLOSING = /[，。、；：？！”’）》,.;:?!)]$/;

let dir: string;
let pdf: string;
let pages: PdfPage[];

const pageNumber = (p: PdfPage): TextLine | undefined => p.lines.find((l) => /^—\d+—$/.test(l.text));
const textLines = (p: PdfPage) => p.lines.filter((l) => l !== pageNumber(p));

describe.skipIf(tools.length > 0)('the 002 export rendered by LibreOffice', () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-lo-'));
    const s: Services = openServices({ dbPath: path.join(dir, 'plandesk.db'), mode: 'cli' });
    try {
      const plan = importSeed(s, SEED_002);
      s.db.prepare("UPDATE plans SET notice_cc = '市委办公室，市政府办公室', notice_printer = '泰安市教育局办公室', notice_print_date = '2024-03-26' WHERE id = ?").run(plan.id);
      const settings = { ...s.exporter.settings(plan.id), layout: 'notice' as const, attachTasks: true };
      const docx = path.join(dir, 'export.docx');
      fs.writeFileSync(docx, s.exporter.docx(plan.id, settings).bytes);
      pdf = convertWithLibreOffice(docx, dir);
      pages = readPages(pdf);
    } finally {
      s.close();
    }
  }, 240_000);
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Portrait pages of the plan's body after its title page, before the attachments. */
  const bodyPages = () => {
    const start = pages.findIndex((p) => p.lines.some((l) => l.text === '泰安市教育局2024年工作要点'));
    const end = pages.findIndex((p) => p.lines.some((l) => /^附件\d?$/.test(l.text)));
    return pages.slice(start + 1, end < 0 ? undefined : end).filter((p) => p.widthMm < p.heightMm);
  };
  /** Body pages filled to the last line of the type area. */
  const fullPages = () => bodyPages().filter((p) => Math.max(...textLines(p).map((l) => l.yMax)) > BOTTOM - PITCH);

  it('every full body page holds 22 lines, the first at the top of the type area (37 ± 1.5 mm)', () => {
    const full = fullPages();
    expect(full.length).toBeGreaterThanOrEqual(8);
    for (const p of full) {
      const lines = textLines(p);
      expect(lines, lines.map((l) => l.text.slice(0, 10)).join('|')).toHaveLength(22);
      expect(lines[0]!.yMin).toBeGreaterThan(TOP - 1.5);
      expect(lines[0]!.yMin).toBeLessThan(TOP + 1.5);
      // Lines follow the 28.95 pt pitch.
      expect(lines[21]!.yMin - lines[0]!.yMin).toBeCloseTo(21 * PITCH, 0);
    }
  });

  it('body lines start at the 28 ± 1 mm edge and hold at most 28 characters inside the type area', () => {
    const lines = bodyPages().flatMap(textLines);
    const left = Math.min(...lines.map((l) => l.xMin));
    expect(left).toBeGreaterThan(LEFT - 1);
    expect(left).toBeLessThan(LEFT + 1);
    for (const l of lines) {
      // LibreOffice reads w:overflowPunct inverted (its DOCX import maps val="0" to hanging punctuation),
      // so a closing mark may hang past the right edge there; Word and WPS keep it inside.
      const hangs = l.xMax > RIGHT + 1 && CLOSING.test(l.text);
      expect(cjkCount(l.text) - (hangs ? 1 : 0), l.text).toBeLessThanOrEqual(28);
      if (!hangs) expect(l.xMax, l.text).toBeLessThan(RIGHT + 0.5);
    }
  });

  it('page numbers "—N—" sit 7 mm under the type area: odd pages at the right, even pages at the left, one character in', () => {
    const numbered = pages.filter(pageNumber);
    expect(numbered.length).toBe(pages.length - 1);
    numbered.forEach((p) => {
      const n = pageNumber(p)!;
      const no = Number(n.text.replace(/—/g, ''));
      expect(no).toBe(pages.indexOf(p) + 1);
      const landscape = p.widthMm > p.heightMm;
      const [left, right, bottom] = landscape ? [37, 297 - 35, 210 - 26] : [LEFT, RIGHT, BOTTOM];
      expect(n.yMin).toBeGreaterThan(bottom + 7 - 1.5);
      expect(n.yMin).toBeLessThan(bottom + 7 + 1.5);
      if (no % 2 === 1) expect(Math.abs(n.xMax - (right - CHAR_4))).toBeLessThan(1.5);
      else expect(Math.abs(n.xMin - (left + CHAR_4))).toBeLessThan(1.5);
    });
  });

  it('page 1 reads as a red-header notice: the mark 35 mm into the type area, the red rule 4 mm under the 发文字号', () => {
    const p1 = pages[0]!;
    const mark = p1.lines.find((l) => l.text.startsWith('中共泰安市委教育工委'))!;
    expect(Math.abs(mark.yMin - (TOP + 35))).toBeLessThan(2);
    const number = p1.lines.find((l) => l.text === '泰教发〔2024〕1号')!;
    const rows = redRows(pdf, 1, dir, 100);
    expect(rows.length).toBeGreaterThan(0);
    const rule = rows.filter((y) => y > number.yMax);
    expect(rule.length).toBeGreaterThan(0);
    expect(Math.abs(rule[0]! - number.yMax - 4)).toBeLessThan(1.5);
    const texts = p1.lines.map((l) => l.text);
    expect(texts).toContain('关于印发2024年工作要点的通知');
    expect(texts).toContain('2024年3月26日');
  });

  it('the task table pages are landscape, and the 版记 is alone on the last page at the foot of the type area, without a page number', () => {
    expect(pages.some((p) => p.widthMm > p.heightMm && p.lines.some((l) => l.text.includes('重点任务分解表')))).toBe(true);
    const last = pages[pages.length - 1]!;
    expect(pageNumber(last)).toBeUndefined();
    expect(last.lines[0]!.text).toBe('抄送：市委办公室，市政府办公室。');
    const bottom = Math.max(...last.lines.map((l) => l.yMax));
    expect(bottom).toBeGreaterThan(BOTTOM - 5);
    expect(bottom).toBeLessThan(BOTTOM);
    expect(Math.abs(last.lines[0]!.xMin - (LEFT + CHAR_4))).toBeLessThan(1);
  });
});
