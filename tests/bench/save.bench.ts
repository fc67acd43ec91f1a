// Node-side figures: saving a 300-item document with its outline rows.
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
    const plan = s.plans.create({ year: 2025, title: '基准测试工作要点' });
    const document = generatePlanDocument(300);
    const chars = JSON.stringify(document).length;
    s.outline.save(plan.id, document); // first save creates the rows
    const save = timeIt(30, () => s.outline.save(plan.id, document));
    report('save 300-item document + outline rows (ms)', save, 50, `document JSON ${Math.round(chars / 1024)} KB`);
    const list = timeIt(30, () => s.outline.list(plan.id));
    report('read outline with labels (ms)', list);
  } finally {
    s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
