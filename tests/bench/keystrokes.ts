// Keystroke to paint from a Chromium trace. For each key: `wall` runs from its keydown to the end
// of the first compositor commit after its input event (the frame that shows it, waiting for vsync
// included); `busy` is the main thread's CPU time in that span (idle time and time the OS gave to
// other processes left out): what has to fit in one 16 ms frame. A bare contenteditable measured the same way gives the floor of
// this browser on this machine.
import type { Browser, Page } from '@playwright/test';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: without the time the OS gave the CPU to other processes. */
  tdur?: number;
  tid: number;
  args?: { data?: { type?: string } };
}

/** A trace's main-thread view: its compositor commits (frames) and tasks. */
export interface MainThread {
  tid: number;
  commits: TraceEvent[];
  tasks: TraceEvent[];
}

export function mainThread(events: TraceEvent[], tid: number): MainThread {
  return {
    tid,
    commits: events.filter((e) => e.name === 'Commit' && e.tid === tid).sort((a, b) => a.ts - b.ts),
    tasks: events.filter((e) => e.name === 'RunTask' && e.tid === tid),
  };
}

/**
 * From `start` to the end of the first frame committed after `changed` (trace microseconds): the
 * wall time and the main thread's CPU time in that span (idle time and time the OS gave to other
 * processes left out), in ms; null when no frame followed.
 */
export function timeToFrame(main: MainThread, start: number, changed: number): { busy: number; wall: number } | null {
  const commit = main.commits.find((e) => e.ts > changed);
  if (!commit) return null;
  const end = commit.ts + (commit.dur ?? 0);
  let busy = 0;
  for (const t of main.tasks) {
    const tEnd = t.ts + (t.dur ?? 0);
    if (t.ts >= end || tEnd <= start) continue;
    // The part of the task inside the span, counted in CPU time (a shared machine preempts).
    const inside = (Math.min(end, tEnd) - Math.max(start, t.ts)) / Math.max(1, t.dur ?? 1);
    busy += inside * (t.tdur ?? t.dur ?? 0);
  }
  return { busy: busy / 1000, wall: (end - start) / 1000 };
}

export interface KeystrokeTimes {
  busy: number[];
  wall: number[];
}

/** Types `strokes` keys (a Backspace every tenth) into the focused editable and times each. */
export async function timeKeystrokes(browser: Browser, page: Page, strokes: number): Promise<KeystrokeTimes> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  for (let i = 0; i < strokes; i++) await page.keyboard.press(i % 10 === 9 ? 'Backspace' : 'KeyA', { delay: 25 });
  await page.waitForTimeout(200);
  const raw = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const events = raw.traceEvents.filter((e) => e.ph === 'X');
  const dispatch = (type: string) => events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === type).sort((a, b) => a.ts - b.ts);
  const keydowns = dispatch('keydown');
  const main = keydowns[0]?.tid;
  const inputs = dispatch('input').filter((e) => e.tid === main);
  const thread = mainThread(events, main!);
  const out: KeystrokeTimes = { busy: [], wall: [] };
  const keys = keydowns.filter((e) => e.tid === main);
  keys.forEach((key, i) => {
    const nextKey = keys[i + 1]?.ts ?? Infinity;
    // A key whose default the editor prevents (Lexical handles Backspace itself) fires no input
    // event: its change is made in the keydown, and its frame is the first commit after that.
    const input = inputs.find((e) => e.ts > key.ts && e.ts < nextKey);
    const changed = input ? input.ts : key.ts + (key.dur ?? 0);
    const frame = timeToFrame(thread, key.ts, changed);
    if (!frame) return;
    out.busy.push(frame.busy);
    out.wall.push(frame.wall);
  });
  return out;
}

/** The same keystrokes in a bare contenteditable paragraph: what the browser costs on its own. */
export async function baselineKeystrokes(browser: Browser, strokes: number): Promise<KeystrokeTimes> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.setContent('<div contenteditable style="font:20px serif"><p>推进第1项工作。深入学习贯彻党的二十大精神。</p></div>');
    await page.locator('p').click();
    await page.keyboard.press('End');
    return await timeKeystrokes(browser, page, strokes);
  } finally {
    await page.close();
  }
}
