// Export figures: the .docx of a 300-item plan with both attachments (主要指标一览表, 重点任务分解表).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openServices } from '../../electron/services/index';
import { generatePlanDocument } from './generate';
import { report, timeIt } from './measure';

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-bench-'));
  const s = openServices({ dbPath: path.join(dir, 'bench.db'), mode: 'cli' });
  try {
    const plan = s.plans.create({ year: 2025, title: '基准测试教育局2025年工作要点', organ: '基准测试教育局' });
    s.outline.save(plan.id, generatePlanDocument(300));
    // 30 targets linked to items, as a plan with an indicator table would have.
    const items = s.db.prepare('SELECT id FROM outline_nodes WHERE plan_id = ? AND level = 3 ORDER BY position').pluck().all(plan.id) as string[];
    const now = new Date().toISOString();
    for (let i = 0; i < 30; i++) {
      const ind = s.db.prepare('INSERT INTO indicators (name, measure_unit, created_at) VALUES (?, ?, ?)').run(`基准指标${i + 1}`, '%', now).lastInsertRowid;
      const t = s.db
        .prepare('INSERT INTO targets (plan_id, indicator_id, baseline_value, baseline_year, target_value, created_at, updated_at) VALUES (?, ?, 80, 2024, 90, ?, ?)')
        .run(plan.id, ind, now, now).lastInsertRowid;
      s.db.prepare('INSERT INTO target_links (node_id, target_id) VALUES (?, ?)').run(items[i * 10], t);
    }
    const settings = { ...s.exporter.settings(plan.id), layout: 'notice' as const, attachIndicators: true, attachTasks: true, printUnits: true };
    let size = 0;
    s.exporter.docx(plan.id, settings); // warm-up
    const t = timeIt(15, () => (size = s.exporter.docx(plan.id, settings).bytes.length));
    report('export .docx, 300 items + both attachments (ms)', t, 1000, `file ${Math.round(size / 1024)} KB`);
    report('format check, 300 items (ms)', timeIt(15, () => s.exporter.checks(plan.id, settings)));
  } finally {
    s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
