// Seeds a tracked plan (targets through the indicators service) into a PlanDesk database, for the tracking
// e2e test and for looking at the pages: tsx tests/e2e/seed-tracking.ts <db> [--values] [--targets N]
// (--targets: N more targets, 学位建设项目1..N, spread over the five items). Prints {"planId", "targets": {...}}.
import { openServices } from '../../electron/services/index';
import { createTarget, seedTrackedPlan, TRACKED_BLOCKS } from '../unit/helpers/targets';

const [dbPath, ...flags] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: seed-tracking.ts <db> [--values]');
const s = openServices({ dbPath, mode: 'cli', userName: () => '基础教育科张老师' });
try {
  const plan = seedTrackedPlan(s);
  if (flags.includes('--values')) {
    const t = plan.targets;
    const quarters: [number, number[]][] = [
      [t.bases, [10, 20]],
      [t.netService, [83, 86]],
      [t.schools, [3, 6]],
      [t.myopia, [53.5, 52]],
      [t.alliances, [0, 1]],
    ];
    for (const [id, values] of quarters) values.forEach((value, i) => s.progress.setValue({ targetId: id, period: `2025-Q${i + 1}`, value }));
  }
  const more = flags.indexOf('--targets');
  if (more >= 0) {
    const items = TRACKED_BLOCKS.filter((b) => b.level === 3).map((b) => b.uid!);
    const n = Number(flags[more + 1]);
    s.db.transaction(() => {
      for (let i = 1; i <= n; i++) createTarget(s, plan.planId, { indicator: `学位建设项目${i}`, unit: '个', target: 100, items: [items[(i - 1) % items.length]!] });
    })();
  }
  process.stdout.write(JSON.stringify(plan) + '\n');
} finally {
  s.close();
}
