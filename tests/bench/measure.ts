// Timing helpers for `npm run bench`: repeated runs, median and p95, a budget check.
import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

export function timeIt(runs: number, fn: () => unknown): Timing {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

/** Like timeIt, plus the median CPU time (user + system) of this process: a figure that a busy machine
 *  (other processes on the same cores) inflates far less than wall time. */
export function timeItWithCpu(runs: number, fn: () => unknown): Timing & { cpuMedian: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ...summarize(wall), cpuMedian: summarize(cpu).median };
}

export const results: { name: string; timing: Timing; budget?: number; ok: boolean; note?: string }[] = [];

export function report(name: string, timing: Timing, budget?: number, note?: string): void {
  const ok = budget === undefined || timing.p95 < budget;
  results.push({ name, timing, budget, ok, note });
  const b = budget === undefined ? '' : `  budget < ${budget}  ${ok ? 'OK' : 'OVER'}`;
  console.log(`${name}: median ${timing.median.toFixed(2)}  p95 ${timing.p95.toFixed(2)}  (${timing.runs} runs)${b}${note ? `  [${note}]` : ''}`);
}
