// The 专栏 of an imported 规划 (003): a block at the table's place naming the eight targets the same
// import stored, by id; carried forward to next year's draft, it names the new plan's copies.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import { isIndicatorTableBlock, readIndicatorTable, type DocumentLike } from '../../../shared/outline/document';
import { seedPath } from '../import/helpers/seeds';
import { tmpDbPath } from '../helpers/tmp';

let s: Services;
beforeEach(() => {
  s = openServices({ dbPath: tmpDbPath(), mode: 'cli', clock: () => new Date('2024-04-01T08:00:00Z') });
});
afterEach(() => s.close());

function importSeed(name: string) {
  const { preview } = s.importer.preview(fs.readFileSync(seedPath(name)), name);
  return s.importer.commit(preview);
}

const tablesOf = (planId: string) => ((s.plans.get(planId).document as DocumentLike).root.children ?? []).filter(isIndicatorTableBlock).map(readIndicatorTable);

describe('importing 003', () => {
  it('puts 专栏一 in the document naming its eight targets by id, in table order', () => {
    const plan = importSeed('003_3bf94dc3a89a6442.txt');
    const targets = s.indicators.list(plan.id);
    expect(targets).toHaveLength(8);
    expect(tablesOf(plan.id)).toEqual([{ title: '“十四五”教育事业发展主要目标', targetIds: targets.map((t) => t.id), groups: [] }]);
    // Not an outline block: the outline and its numbers are those of the text alone.
    const outline = s.outline.list(plan.id);
    expect(outline.filter((o) => o.level === 3)).toHaveLength(50);
  });

  it('a draft carried forward to 2023 has a 专栏 naming its own copies of the targets', () => {
    const plan = importSeed('003_3bf94dc3a89a6442.txt');
    const next = s.carryForward.carryForward(plan.id);
    const copies = s.indicators.list(next.id);
    expect(copies).toHaveLength(8);
    const [table] = tablesOf(next.id);
    expect(table!.targetIds).toEqual(copies.map((t) => t.id));
    expect(table!.targetIds.some((id) => tablesOf(plan.id)[0]!.targetIds.includes(id))).toBe(false);
  });
});
