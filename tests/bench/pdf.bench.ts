// PDF figures for a 300-item plan with both attachments: the export (Chromium printing the HTML of
// the official-document model), the preview after a change, and the preview page in a browser
// from opening to its first page drawn.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { findChromium } from '../../electron/services/export/pdf/printer';
import { openServices, type Services } from '../../electron/services/index';
import type { DocumentLike } from '../../shared/outline/document';
import { addBenchTargets, generatePlanDocument } from './generate';
import { report, summarize } from './measure';

const root = path.resolve(import.meta.dirname, '../..');

async function timeAsync(runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** The plan of the .docx bench: 300 items, 30 targets linked to items, notice layout, both attachments. */
function benchPlan(s: Services): { id: string; document: DocumentLike } {
  const plan = s.plans.create({ year: 2025, title: '基准测试教育局2025年工作要点', organ: '基准测试教育局' });
  const document = generatePlanDocument(300);
  s.outline.save(plan.id, document);
  addBenchTargets(s, plan.id, 30); // linked to items, as a plan with an indicator table would have
  s.exporter.saveSetup(plan.id, { ...s.exporter.settings(plan.id), layout: 'notice', attachIndicators: true, attachTasks: true, printUnits: true });
  return { id: plan.id, document };
}

/** The document with one word of item `n` changed (a save in the editor). */
function edited(doc: DocumentLike, n: number): DocumentLike {
  const copy = structuredClone(doc);
  const items = copy.root.children!.filter((c) => c.type === 'plan-item');
  const text = items[n % items.length]!.children![0]!;
  text.text = `${text.text as string}（第${n}次修改）`;
  return copy;
}

export async function run(): Promise<void> {
  if (!findChromium()) {
    console.log('PDF benchmarks skipped: no Chromium (set CHROMIUM_PATH)');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-bench-'));
  const dbPath = path.join(dir, 'bench.db');
  const s = openServices({ dbPath, mode: 'cli', fontsDir: path.join(root, 'resources', 'fonts') });
  let planId = '';
  try {
    const plan = benchPlan(s);
    planId = plan.id;
    let pages = 0;
    let size = 0;
    const cold = await timeAsync(1, async () => (pages = (await s.pdf.pdf(plan.id)).pages));
    report('first PDF in a process, Chromium started (ms)', summarize(cold), undefined, `${pages} pages`);
    const pdf = await timeAsync(5, async () => {
      const out = await s.pdf.pdf(plan.id);
      size = out.bytes.length;
    });
    report('export PDF, 300 items + both attachments (ms)', summarize(pdf), 3000, `${pages} pages, ${Math.round(size / 1024)} KB`);
    const preview: number[] = [];
    for (let i = 0; i < 5; i++) {
      s.outline.save(plan.id, edited(plan.document, i)); // the save itself is the editor's figure
      preview.push(...(await timeAsync(1, () => s.pdf.preview(plan.id))));
    }
    report('preview after a save, 300 items: all pages laid out again (ms)', summarize(preview), 1000);
  } finally {
    s.close();
  }

  if (!fs.existsSync(path.join(root, 'dist/renderer/index.html'))) {
    console.log('preview page benchmark skipped: run `npm run build:renderer` first');
    fs.rmSync(dir, { recursive: true, force: true });
    return;
  }
  const host = spawn(process.execPath, [path.join(root, 'bin/plandesk.mjs'), '--db', dbPath, 'serve', '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = new URL(await new Promise<string>((resolve) => host.stdout.once('data', (d: Buffer) => resolve(String(d).split('\n')[0]!))));
  const browser = await chromium.launch({ executablePath: findChromium()!, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const planUrl = `${url.origin}/plans/${planId}${url.search}`;
    /** From the plan page, 预览 clicked until page 1 of the PDF is drawn; then back to the plan. */
    const drawn = async () => {
      await page.getByRole('link', { name: '预览' }).click();
      await page.waitForFunction(
        () => {
          const c = document.querySelector<HTMLCanvasElement>('.preview-page[data-page="1"] canvas');
          if (!c || !c.width) return false;
          const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          for (let i = 0; i < d.length; i += 16) if (d[i]! < 100) return true;
          return false;
        },
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
    };
    const back = async () => {
      await page.goBack();
      await page.getByRole('link', { name: '预览' }).waitFor();
    };
    await page.goto(planUrl);
    const first = await timeAsync(1, drawn);
    report('预览 clicked, PDF not yet made: page 1 drawn (ms)', summarize(first));
    const open: number[] = [];
    for (let i = 0; i < 5; i++) {
      await back();
      open.push(...(await timeAsync(1, drawn)));
    }
    report('预览 clicked, PDF current: page 1 drawn (ms)', summarize(open), 1000);
  } finally {
    await browser.close();
    host.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
