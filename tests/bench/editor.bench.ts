// Browser figures for a 300-item plan in the real renderer served by the web host, in Chromium:
// open to editable, keystroke to next paint, renumbering after inserting an item at the top.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { openServices } from '../../electron/services/index';
import { numberBlocks, type BlockLevel } from '../../shared/outline/numbering';
import { generatePlanDocument } from './generate';
import { baselineKeystrokes, timeKeystrokes } from './keystrokes';
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

    // Keystroke to paint in the middle of the document (see keystrokes.ts for what is timed).
    await page.locator('[data-testid="plan-editor"] [data-level="3"]').nth(150).click();
    await page.keyboard.press('End');
    await page.waitForTimeout(1000); // the autosave of the click's selection has settled
    const keys = await timeKeystrokes(browser, page, 100);
    const floor = await baselineKeystrokes(browser, 100);
    report('keystroke to paint: main-thread work (ms)', summarize(keys.busy), 16, `${keys.busy.length} keys`);
    report('  keystroke to paint: wall clock incl. vsync wait (ms)', summarize(keys.wall));
    report('  bare contenteditable, same measure: work (ms)', summarize(floor.busy));
    report('  bare contenteditable, same measure: wall clock (ms)', summarize(floor.wall));

    // The same keys at the start of another item: each one changes its lead sentence, which the 目录
    // and the item panel show, so the page follows every key (a new item being typed is like this).
    await page.locator('[data-testid="plan-editor"] [data-level="3"]').nth(160).click();
    await page.keyboard.press('Home');
    await page.waitForTimeout(1000);
    const leadKeys = await timeKeystrokes(browser, page, 100);
    report('keystroke in a lead sentence to paint: main-thread work (ms)', summarize(leadKeys.busy), 16, `${leadKeys.busy.length} keys`);
    report('  keystroke in a lead sentence: wall clock incl. vsync wait (ms)', summarize(leadKeys.wall));

    // Renumbering: Enter at the start of the first item puts a new item above it, so all 300
    // numbers change; the numbering listener leaves a performance measure (RENUMBER_MEASURE).
    const firstItem = page.locator('[data-testid="plan-editor"] [data-level="3"]').first();
    const listener: number[] = [];
    const toNumbers: number[] = [];
    const toPaint: number[] = [];
    for (let i = 0; i < 20; i++) {
      await firstItem.click();
      await page.keyboard.press('Home');
      await page.evaluate(() => {
        const w = window as unknown as { __enter: Promise<number[]> };
        w.__enter = new Promise((resolve) => {
          document.addEventListener(
            'keydown',
            () => {
              const t0 = performance.now();
              requestAnimationFrame(() =>
                setTimeout(() => {
                  const m = performance.getEntriesByName('plandesk:renumber').at(-1)!;
                  resolve([m.duration, m.startTime + m.duration - t0, performance.now() - t0]);
                }, 0),
              );
            },
            { capture: true, once: true },
          );
        });
      });
      await page.keyboard.press('Enter');
      const [d, numbers, paint] = await page.evaluate(() => (window as unknown as { __enter: Promise<number[]> }).__enter);
      const label = await page.locator('[data-testid="plan-editor"] [data-level="3"]').nth(300).getAttribute('data-label');
      if (label !== '301.') throw new Error(`the last item is numbered ${label}, not 301.`);
      listener.push(d!);
      toNumbers.push(numbers!);
      toPaint.push(paint!);
      await page.keyboard.press('Control+z');
    }
    report('renumber after inserting an item at the top: numbering listener (ms)', summarize(listener), 5, '300 labels change');
    report('  Enter at the top to all numbers written (ms)', summarize(toNumbers));
    report('  Enter at the top to the next paint (ms)', summarize(toPaint), undefined, 'rAF + setTimeout: the timer also waits for the 目录');
  } finally {
    await browser.close();
    host.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
