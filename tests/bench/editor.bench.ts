// Browser figures for a 300-item plan in the real renderer served by the web host, in Chromium:
// open to editable, keystroke to next paint, renumbering after a level change at the top.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { openServices } from '../../electron/services/index';
import { numberBlocks, type BlockLevel } from '../../shared/outline/numbering';
import { generatePlanDocument } from './generate';
import { report, summarize, timeIt } from './measure';

const root = path.resolve(import.meta.dirname, '../..');

export async function run(): Promise<void> {
  // The shared label function itself, on a document four times the size.
  const levels: BlockLevel[] = Array.from({ length: 1200 }, (_, i) => (i % 40 === 0 ? 1 : i % 10 === 0 ? 2 : 3));
  report('numberBlocks over 1,200 blocks (ms)', timeIt(200, () => numberBlocks(levels, 'continuous')), 5);

  if (!fs.existsSync(path.join(root, 'dist/renderer/index.html'))) {
    console.log('editor benchmarks skipped: run `npm run build:renderer` first');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-bench-'));
  const dbPath = path.join(dir, 'bench.db');
  const s = openServices({ dbPath, mode: 'cli' });
  const plan = s.plans.create({ year: 2025, title: '基准测试工作要点' });
  const planDoc = generatePlanDocument(300);
  s.outline.save(plan.id, planDoc);
  s.close();

  const host = spawn(process.execPath, [path.join(root, 'bin/plandesk.mjs'), '--db', dbPath, 'serve', '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = new URL(await new Promise<string>((resolve) => host.stdout.once('data', (d: Buffer) => resolve(String(d).split('\n')[0]!))));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const blockCount = planDoc.root.children!.length;
    const planUrl = `${url.origin}/plans/${plan.id}${url.search}`;
    await page.goto(url.href); // warm the cache: the figure is for opening a plan in a running app
    const opens: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = Date.now();
      await page.goto(planUrl);
      await page.waitForFunction(
        (n) => {
          const ed = document.querySelector('[data-testid="plan-editor"]');
          return ed?.getAttribute('contenteditable') === 'true' && ed.querySelectorAll('[data-uid]').length >= n - 1;
        },
        blockCount,
        { polling: 'raf' },
      );
      opens.push(Date.now() - t0);
    }
    report('open 300-item plan to editable (ms)', summarize(opens), 500);

    // Keystroke to paint: time from keydown to the frame after the DOM shows the character.
    await page.locator('[data-testid="plan-editor"] [data-level="3"]').nth(150).click();
    await page.keyboard.press('End');
    await page.evaluate(() => {
      const w = window as unknown as { __keyLatencies: number[] };
      w.__keyLatencies = [];
      document.addEventListener(
        'keydown',
        () => {
          const t0 = performance.now();
          requestAnimationFrame(() => setTimeout(() => w.__keyLatencies.push(performance.now() - t0), 0));
        },
        true,
      );
    });
    for (let i = 0; i < 60; i++) await page.keyboard.type('测', { delay: 25 });
    const keys = await page.evaluate(() => (window as unknown as { __keyLatencies: number[] }).__keyLatencies);
    report('keystroke to paint (ms)', summarize(keys), 16);

    // Renumbering: make the first body paragraph an item, then back (every later number changes).
    const first = page.locator('[data-testid="plan-editor"] > *').first();
    const renumber: number[] = [];
    for (let i = 0; i < 10; i++) {
      await first.click();
      const t0 = await page.evaluate(() => performance.now());
      await page.keyboard.press(i % 2 === 0 ? 'Control+3' : 'Control+0');
      const t1 = await page.evaluate(
        () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
      );
      renumber.push(t1 - t0);
    }
    report('level change at the top to repainted numbers (ms, includes one frame)', summarize(renumber));
  } finally {
    await browser.close();
    host.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
