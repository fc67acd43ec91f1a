// Export figures: the .docx of a 300-item plan with both attachments (主要指标一览表, 重点任务分解表).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openServices } from '../../electron/services/index';
import { addBenchTargets, generatePlanDocument } from './generate';
import { report, timeIt } from './measure';

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-bench-'));
  const s = openServices({ dbPath: path.join(dir, 'bench.db'), mode: 'cli' });
  try {
    const plan = s.plans.create({ year: 2025, title: '基准测试教育局2025年工作要点', organ: '基准测试教育局' });
    s.outline.save(plan.id, generatePlanDocument(300));
    addBenchTargets(s, plan.id, 30); // linked to items, as a plan with an indicator table would have
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
