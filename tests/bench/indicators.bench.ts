// Indicator figures for a 300-item plan: the suggester over the whole document (pure), 指标建议 as
// the API answers it (plan read, rejections and existing targets left out), the 指标总表 list, and
// the 目录's marks read after every save.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openServices } from '../../electron/services/index';
import { acceptedAsIs } from '../../shared/api/indicators';
import { suggestForPlan } from '../../shared/indicators/plan';
import { generatePlanDocument } from './generate';
import { report, timeIt } from './measure';

export async function run(): Promise<void> {
  const document = generatePlanDocument(300);
  const chars = (document.root.children ?? []).reduce((n, b) => n + JSON.stringify(b).length, 0);
  suggestForPlan(document, 'continuous', { year: 2025 }); // warm-up: regexes compiled, code optimised
  const found = suggestForPlan(document, 'continuous', { year: 2025 }).length;
  report('suggest targets over a 300-item plan (ms)', timeIt(30, () => suggestForPlan(document, 'continuous', { year: 2025 })), 100, `${found} suggestions`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-bench-'));
  const s = openServices({ dbPath: path.join(dir, 'bench.db'), mode: 'cli' });
  try {
    const plan = s.plans.create({ year: 2025, title: '基准测试工作要点' });
    s.outline.save(plan.id, document);
    s.suggestions.suggest(plan.id);
    report('indicators.suggest for a 300-item plan, as the API answers (ms)', timeIt(20, () => s.suggestions.suggest(plan.id)), 100, `document JSON ${Math.round(chars / 1024)} KB`);
    // Half accepted: the rest is filtered against existing targets and their suggestion keys.
    const all = s.suggestions.suggest(plan.id);
    s.suggestions.accept(plan.id, all.filter((_, i) => i % 2 === 0).map(acceptedAsIs));
    const targets = s.indicators.list(plan.id).length;
    report('indicators.suggest with half accepted (ms)', timeIt(20, () => s.suggestions.suggest(plan.id)), 100, `${targets} targets in the plan`);
    report('targets.list with item labels (指标总表) (ms)', timeIt(20, () => s.indicators.list(plan.id)), 100, `${targets} targets`);
    // The 目录's marks are read after every save of the editor: one call for the whole outline.
    const marks = s.suggestions.outlineMarks(plan.id);
    report('indicators.outlineMarks for a 300-item plan, once per save (ms)', timeIt(20, () => s.suggestions.outlineMarks(plan.id)), 100, `${Object.keys(marks.targets).length} entries with targets, ${Object.keys(marks.suggestions).length} with open suggestions`);
  } finally {
    s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
