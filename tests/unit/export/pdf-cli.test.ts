// `plandesk export --format pdf` and `plandesk fonts`, and the Chinese message when no Chromium is
// there to print, through the command line and the API.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/api/dispatcher';
import { ChromiumPrinter, NO_CHROMIUM_MESSAGE, countPdfPages, findChromium } from '../../../electron/services/export/pdf/printer';
import { openServices } from '../../../electron/services/index';
import { tmpDbPath, tmpDir } from '../helpers/tmp';
import { SEED_002 } from './helpers';
import { hasTool } from './pdf-measure';
import { pdfPageCount } from './pdf-read';
import { seedPath } from '../import/helpers/seeds';

const root = path.resolve(__dirname, '../../..');
const bin = path.join(root, 'bin', 'plandesk.mjs');
const plandesk = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });

const canPrint = !!findChromium() && hasTool('pdfinfo');

describe('plandesk export --format pdf', () => {
  it.skipIf(!canPrint)('writes the PDF and reports its pages and fonts as JSON', () => {
    const db = tmpDbPath();
    const imported = JSON.parse(plandesk(['--db', db, 'import', seedPath(SEED_002), '--json']).stdout);
    const out = path.join(tmpDir(), '泰安 2024.pdf');
    const r = plandesk(['--db', db, 'export', imported.planId, '--format', 'pdf', '--out', out, '--layout', 'plain', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['out', 'pages', 'fonts', 'checks']);
    expect(json.out).toBe(out);
    expect(json.pages).toBe(pdfPageCount(out));
    expect(json.fonts.used.length).toBeGreaterThan(0);
    expect(json.fonts.substituted.every((s: { official: string; standIn: string }) => s.official && s.standIn)).toBe(true);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('lists the font check without exporting', () => {
    const db = tmpDbPath();
    const id = JSON.parse(plandesk(['--db', db, 'plans', 'create', '--year', '2025', '--title', '测试工作要点', '--json']).stdout).id;
    const r = plandesk(['--db', db, 'fonts', id, '--fonts', 'windows']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('字体检查：');
    expect(r.stdout).toMatch(/正文、三四级标题：仿宋/);
    const json = JSON.parse(plandesk(['--db', db, 'fonts', id, '--json']).stdout);
    expect(json.fontSet).toBe('gb2312');
    expect(json.roles.map((x: { official: string }) => x.official)).toEqual(['方正小标宋简体', '仿宋_GB2312', '楷体_GB2312', '黑体', '宋体']);
  });

  it('says in Chinese, with exit code 1, that a PDF needs Chromium when none is found', () => {
    const db = tmpDbPath();
    const id = JSON.parse(plandesk(['--db', db, 'plans', 'create', '--year', '2025', '--title', '测试', '--json']).stdout).id;
    const out = path.join(tmpDir(), 'x.pdf');
    const r = plandesk(['--db', db, 'export', id, '--format', 'pdf', '--out', out], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`错误：${NO_CHROMIUM_MESSAGE}\n`);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('the API without Chromium', () => {
  it('answers export.pdf with a clear Chinese message and the code UNAVAILABLE', async () => {
    const s = openServices({ dbPath: tmpDbPath(), mode: 'cli', printer: new ChromiumPrinter({ CHROMIUM_PATH: '/nonexistent/chromium' }) });
    try {
      const plan = s.plans.create({ year: 2025, title: '测试' });
      const r = await createDispatcher(s).dispatch('export.pdf', { id: plan.id });
      expect(r).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: NO_CHROMIUM_MESSAGE } });
    } finally {
      s.close();
    }
  });

  it('counts the pages of a PDF', () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Pages /Count 2 >>\n2 0 obj << /Type /Page >>\n3 0 obj <</Type/Page/Parent 1 0 R>>\n');
    expect(countPdfPages(pdf)).toBe(2);
  });
});
