// Tracking figures on generated data: 10 yearly plans, each of 300 items with 2,000 targets,
// each target with 12 monthly values (240,000 measurements in the file). Measured on the
// newest plan: the 看板's queries (< 50 ms), `status` (< 200 ms), and the API calls around them.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createDispatcher } from '../../electron/api/dispatcher';
import * as sql from '../../electron/services/db/progress';
import { resolveTarget } from '../../electron/services/indicators';
import { openServices, type Services } from '../../electron/services/index';
import { isOutlineBlock } from '../../shared/outline/document';
import { generatePlanDocument } from './generate';
import { report, summarize, timeIt } from './measure';

const root = path.resolve(import.meta.dirname, '../..');
const YEARS = 10;
const ITEMS = 300;
const TARGETS = 2000;
const MONTHS = 12;
const UNITS = ['办公室', '组干科', '基础教育科', '职业教育科', '发展规划科', '财务科', '体卫艺科', '安全稳定科', '教师工作科', '思政科', '督导室', '各区县教育局'];
// 以上 and 以内 as the indicators service stores them (≥, ≤).
const COMPARATORS = ['≥', '≥', '≤', '=', '区间', '≤', '>'] as const;

/** Deterministic noise in [-1, 1). */
function noise(i: number): number {
  const x = Math.sin(i * 12.9898) * 43758.5453;
  return (x - Math.floor(x)) * 2 - 1;
}

/** One yearly plan: targets through the indicators service, values and history through tracking's SQL. */
function seedPlan(s: Services, year: number): string {
  const plan = s.plans.create({ year, title: `基准测试${year}年工作要点` });
  const doc = generatePlanDocument(ITEMS);
  let n = 0;
  for (const node of doc.root.children ?? []) {
    if (isOutlineBlock(node) && node.level === 3) {
      node.units = { lead: [UNITS[n % UNITS.length]!], responsible: [UNITS[(n + 5) % UNITS.length]!] };
      n++;
    }
  }
  const outline = s.outline.save(plan.id, doc).filter((o) => o.level === 3);
  const now = new Date().toISOString();
  s.db.transaction(() => {
    for (let t = 0; t < TARGETS; t++) {
      const comparator = COMPARATORS[t % COMPARATORS.length]!;
      const down = comparator === '≤';
      const baseline = 50 + (t % 30);
      const target = down ? baseline - 10 : baseline + 10;
      const fields = {
        name: `基准指标${t + 1}`,
        unit: '%',
        baseline,
        baselineYear: year - 1,
        target,
        targetMax: comparator === '区间' ? target + 5 : null,
        comparator,
        deadline: t % 5 === 0 ? `${year}-08-31` : '',
      };
      // The service's own write path, without re-reading the whole plan after each target.
      const id = s.indicators.insertResolved(plan.id, resolveTarget(fields), [outline[t % outline.length]!.uid], now);
      for (let m = 1; m <= MONTHS; m++) {
        const value = Math.round((baseline + (target - baseline) * (m / 12) * (1 + 0.25 * noise(t * 13 + m))) * 100) / 100;
        const period = `${year}-${String(m).padStart(2, '0')}`;
        const note = m % 3 === 0 ? '按季度汇总' : '';
        const row = { targetId: id, period, value, note, source: '', enteredBy: 'bench', enteredAt: now };
        sql.upsertMeasurement(s.db, row);
        sql.insertHistory(s.db, { ...row, action: 'add', changedBy: 'bench', changedAt: now, via: '填报' });
      }
    }
  })();
  return plan.id;
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-bench-'));
  const dbPath = path.join(dir, 'tracking.db');
  const s = openServices({ dbPath, mode: 'cli' });
  let planId = '';
  try {
    const t0 = performance.now();
    for (let y = 0; y < YEARS; y++) planId = seedPlan(s, 2016 + y);
    const counts = s.db.prepare('SELECT (SELECT count(*) FROM targets) AS targets, (SELECT count(*) FROM measurements) AS measurements').get() as {
      targets: number;
      measurements: number;
    };
    console.log(`tracking data: ${YEARS} plans x ${ITEMS} items x ${TARGETS} targets x ${MONTHS} months = ${counts.targets} targets, ${counts.measurements} measurements (generated in ${Math.round(performance.now() - t0)} ms)`);

    // The reads the 看板 makes: plan, setting, outline with labels, targets, links, measurements.
    const queries = timeIt(30, () => {
      sql.getPlanHeader(s.db, planId);
      sql.getLagTolerance(s.db);
      s.outline.list(planId);
      sql.listTrackedTargets(s.db, planId);
      sql.listTargetLinks(s.db, planId);
      sql.listPlanValues(s.db, planId);
    });
    report('dashboard queries, newest plan: 2,000 targets, 24,000 values (ms)', queries, 50);
    report('status as of 2025-09-30: queries + rules + roll-ups (ms)', timeIt(30, () => s.progress.status(planId, '2025-09-30')), 200);

    const d = createDispatcher(s);
    const dispatchTimes = async (method: 'progress.status' | 'progress.dashboard', input: unknown) => {
      const samples: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        const r = await d.dispatch(method, input);
        if (!r.ok) throw new Error(r.error.message);
        samples.push(performance.now() - t);
      }
      return summarize(samples);
    };
    report('API progress.status incl. output validation (ms)', await dispatchTimes('progress.status', { id: planId, date: '2025-09-30' }), 200);
    report('API progress.dashboard incl. 2,000 series (ms)', await dispatchTimes('progress.dashboard', { id: planId, date: '2025-09-30' }));
    report('填报 grid for 2025-Q3 (ms)', timeIt(20, () => s.progress.grid(planId, '2025-Q3')));
    let docxSize = 0;
    report('落实情况报告 .docx of 2,000 targets (ms)', timeIt(5, () => (docxSize = s.progressReports.docx(planId, '2025-09-30').bytes.length)), undefined, `file ${Math.round(docxSize / 1024)} KB`);
    const pdfTimes: number[] = [];
    let pdfPages = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      pdfPages = (await s.progressReports.pdf(planId, '2025-09-30')).pages;
      pdfTimes.push(performance.now() - t);
    }
    report('落实情况报告 PDF of 2,000 targets, printed by Chromium (ms)', summarize(pdfTimes), undefined, `${pdfPages} pages`);
    const target = sql.listTrackedTargets(s.db, planId)[0]!.id;
    let v = 0;
    report('save one cell with history (ms)', timeIt(50, () => s.progress.setValue({ targetId: target, period: '2025-09', value: 60 + (v++ % 7) })), 20);
  } finally {
    s.close();
  }

  // The command a user runs, as a process: Node start and TypeScript loading included.
  const bin = path.join(root, 'bin', 'plandesk.mjs');
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [bin, '--db', dbPath, 'status', planId, '--date', '2025-09-30', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(r.stderr);
    samples.push(performance.now() - t);
  }
  report('`plandesk status --json` as a process, start-up included (ms)', summarize(samples), undefined, 'not budgeted: mostly Node and tsx start-up');
  try {
    await browserFigures(dbPath, planId);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The two pages in Chromium on the same data: opening them, and typing in the 2,000-row grid. */
async function browserFigures(dbPath: string, planId: string): Promise<void> {
  if (!fs.existsSync(path.join(root, 'dist/renderer/index.html'))) {
    console.log('tracking page benchmarks skipped: run `npm run build:renderer` first');
    return;
  }
  const host = spawn(process.execPath, [path.join(root, 'bin/plandesk.mjs'), '--db', dbPath, 'serve', '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = new URL(await new Promise<string>((resolve) => host.stdout.once('data', (d: Buffer) => resolve(String(d).split('\n')[0]!))));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const at = (p: string) => `${url.origin}${p}&token=${url.searchParams.get('token')}`;
    await page.goto(url.href);
    // Open to the grid's first rows painted; only the rows near the viewport are drawn.
    const opens: number[] = [];
    let drawn = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = Date.now();
      await page.goto(at(`/plans/${planId}/progress?period=2025-Q3`));
      await page.waitForFunction(() => document.querySelector('.progress-grid[aria-rowcount="2001"] tbody tr[aria-rowindex]'), undefined, { polling: 'raf', timeout: 60_000 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      opens.push(Date.now() - t0);
      drawn = await page.locator('.progress-grid tbody tr[aria-rowindex]').count();
    }
    report('open the 填报 grid of 2,000 targets (ms)', summarize(opens), 1000, `${drawn} of 2,000 rows drawn`);

    // Scrolling the window through the grid: frame times while it draws the rows coming into view.
    const frames = await page.evaluate(async () => {
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 60; i++) {
        window.scrollBy(0, 400);
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      return times;
    });
    report('scroll the 2,000-row grid, 400 px a frame (ms per frame)', summarize(frames));

    /** Brings the row of target index `ri` into the DOM (scrolling down to it) and returns its note cell. */
    const noteCell = async (ri: number) => {
      await page.evaluate(async (rowIndex) => {
        window.scrollTo(0, 0);
        for (let i = 0; i < 2000 && !document.querySelector(`.progress-grid tr[aria-rowindex="${rowIndex}"]`); i++) {
          window.scrollBy(0, 600);
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }
      }, ri + 2);
      return page.locator(`.progress-grid tr[aria-rowindex="${ri + 2}"] td.col-note`);
    };

    // Keystroke to paint: from keydown to the frame after it, typing into a note.
    const typing = async (ri: number) => {
      await (await noteCell(ri)).click();
      await page.evaluate(() => {
        const w = window as unknown as { __keys: number[]; __listening?: boolean };
        w.__keys = [];
        if (w.__listening) return;
        w.__listening = true;
        document.addEventListener('keydown', () => {
          const t0 = performance.now();
          requestAnimationFrame(() => setTimeout(() => w.__keys.push(performance.now() - t0), 0));
        }, true);
      });
      for (let i = 0; i < 30; i++) await page.keyboard.type('a', { delay: 25 }); // ASCII: Playwright sends CJK text without keydown
      await page.keyboard.press('Escape');
      return summarize(await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys));
    };
    report('keystroke to paint in the 2,000-row grid (ms)', await typing(1000));
    // One unit's targets (about 330 rows), the size of a real 填报 session.
    await page.getByLabel('单位').selectOption('基础教育科');
    report('keystroke to paint, grid filtered to one unit (ms)', await typing(100), 50);

    const dash: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = Date.now();
      await page.goto(at(`/plans/${planId}/dashboard?date=2025-09-30`));
      await page.waitForFunction(() => document.querySelectorAll('.indicator-chart svg').length > 0, undefined, { polling: 'raf', timeout: 60_000 });
      dash.push(Date.now() - t0);
    }
    report('open the 看板 of 2,000 targets to its first charts (ms)', summarize(dash));
  } finally {
    await browser.close();
    host.kill();
  }
}
