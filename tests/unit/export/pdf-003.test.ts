// The PDF of seed 003 (杏花岭区 plan: items restarting under each heading, 专栏一's targets in the
// 主要指标一览表, the task table landscape), read back with poppler.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import { findChromium } from '../../../electron/services/export/pdf/printer';
import { SEED_003, importSeed, linkTableTargets } from './helpers';
import { cjkCount, hasTool, readPages, type PdfPage } from './pdf-measure';
import { pageSizes, pdfFonts, pdfPageCount } from './pdf-read';

const missing = [...['pdftotext', 'pdfinfo', 'pdffonts'].filter((t) => !hasTool(t)), ...(findChromium() ? [] : ['chromium'])];

let dir: string;
let s: Services;
let file: string;
let pages: PdfPage[];
let planId: string;
let previewPages: number;

describe.skipIf(missing.length > 0)('the PDF of 003 with its targets and task table', () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-pdf-'));
    s = openServices({ dbPath: path.join(dir, 'plandesk.db'), mode: 'cli' });
    planId = importSeed(s, SEED_003).id;
    expect(linkTableTargets(s, planId)).toBe(8);
    // The remembered settings, as the preview uses them.
    s.exporter.saveSetup(planId, { ...s.exporter.settings(planId), attachIndicators: true, attachTasks: true });
    const out = await s.pdf.pdf(planId);
    file = path.join(dir, out.fileName);
    fs.writeFileSync(file, out.bytes);
    pages = readPages(file);
    previewPages = (await s.pdf.preview(planId)).pages;
  }, 120_000);
  afterAll(() => {
    s?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('embeds every font as CID TrueType (no Type 3)', () => {
    for (const f of pdfFonts(file)) {
      expect(f.type, f.name).toBe('CID TrueType');
      expect(f.embedded, f.name).toBe(true);
    }
  });

  it('keeps the grid on every full page of the plan: 22 lines of at most 28 characters from 28 mm', () => {
    const portrait = pages.filter((p) => p.widthMm < p.heightMm);
    // The page of 专栏一 is off the grid below its table (the table keeps its own line spacing).
    const body = portrait.filter((p) => !p.lines.some((l) => /^附件\d?$/.test(l.text) || l.text.startsWith('专栏一')));
    const full = body.filter((p) => p.lines.filter((l) => !/^—\d+—$/.test(l.text)).length >= 22);
    expect(full.length).toBeGreaterThanOrEqual(20);
    for (const p of full) expect(p.lines.filter((l) => !/^—\d+—$/.test(l.text))).toHaveLength(22);
    for (const l of body.flatMap((p) => p.lines)) {
      expect(cjkCount(l.text), l.text).toBeLessThanOrEqual(28);
      expect(l.xMin).toBeGreaterThan(27);
    }
  });

  it('numbers items from 1 again under each heading, as the document does', () => {
    const outline = s.outline.list(planId);
    const text = pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
    const firstTwo = outline.filter((o) => o.level === 2 && outline.some((i) => i.parentUid === o.uid && i.level === 3)).slice(0, 2);
    expect(firstTwo).toHaveLength(2);
    for (const sub of firstTwo) {
      const items = outline.filter((o) => o.parentUid === sub.uid && o.level === 3);
      expect(items[0]?.label).toBe('1.');
      expect(text).toContain(`1.${items[0]!.lead.slice(0, 10)}`);
    }
  });

  it('lists the eight targets in the 主要指标一览表 on a portrait page, and the task table on landscape pages', () => {
    const sizes = pageSizes(file);
    const indicators = pages.findIndex((p) => p.lines.some((l) => l.text === '主要指标一览表'));
    expect(indicators).toBeGreaterThan(0);
    expect(sizes[indicators]!.widthMm).toBeLessThan(sizes[indicators]!.heightMm);
    const rows = pages[indicators]!.lines.map((l) => l.text);
    for (const name of ['学前教育普惠率', '小学净入学率', '初中毛入学率']) expect(rows).toContain(name);
    expect(rows).toContain('98.91');
    const tasks = pages.findIndex((p) => p.lines.some((l) => l.text === '重点任务分解表'));
    expect(tasks).toBeGreaterThan(indicators);
    for (const p of sizes.slice(tasks)) expect(p.widthMm).toBeGreaterThan(p.heightMm);
  });

  it('prints 专栏一 in the body with its title and its eight indicators under 基础教育 and 职业教育', () => {
    const at = pages.findIndex((p) => p.lines.some((l) => l.text.startsWith('专栏一')));
    const firstAttachment = pages.findIndex((p) => p.lines.some((l) => /^附件\d?$/.test(l.text)));
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(firstAttachment);
    const text = pages.slice(at, at + 2).flatMap((p) => p.lines.map((l) => l.text.replace(/\s/g, '')));
    expect(text).toContain('专栏一“十四五”教育事业发展主要目标');
    for (const cell of ['指标名称', '2020年', '2025年', '属性', '基础教育', '职业教育', '学前教育毛入园率（%）', '98.91', '99.64', '中等职业教育在校生', '371', '约束性']) {
      expect(text.some((l) => l.includes(cell)), cell).toBe(true);
    }
  });

  it('shows the same number of pages in the preview as the exported PDF has', () => {
    expect(previewPages).toBe(pdfPageCount(file));
  });
});
