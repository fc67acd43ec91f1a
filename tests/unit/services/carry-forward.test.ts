import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveYear } from '../../../electron/services/carry-forward';
import { openServices, type Services } from '../../../electron/services/index';
import type { SerializedNodeLike } from '../../../shared/outline/document';
import { seedPath } from '../import/helpers/seeds';
import { tmpDbPath } from '../helpers/tmp';

let s: Services;
let dbPath: string;
beforeEach(() => {
  dbPath = tmpDbPath();
  s = openServices({ dbPath, mode: 'cli', clock: () => new Date('2024-11-01T08:00:00Z') });
});
afterEach(() => s.close());

function import002() {
  const { preview } = s.importer.preview(fs.readFileSync(seedPath('002_eb413db6c3da201b.txt')), '002.txt');
  return s.importer.commit(preview);
}

describe('carrying a plan forward into next year\'s draft', () => {
  it('moves the year on in the title and notice fields and keeps the structure', () => {
    const source = import002();
    const draft = s.carryForward.carryForward(source.id);
    expect(draft).toMatchObject({
      year: 2025,
      title: '中共泰安市委教育工委 泰安市教育局2025年工作要点',
      status: '草稿',
      carriedFromPlanId: source.id,
      numberingMode: 'continuous',
      notice: { docNumber: '泰教发〔2025〕1号', date: '2025-03-26', signers: ['中共泰安市委教育工委', '泰安市教育局'] },
    });
    const before = s.outline.list(source.id);
    const after = s.outline.list(draft.id);
    expect(after.map((o) => [o.label, o.lead])).toEqual(before.map((o) => [o.label, o.lead]));
    expect(after.every((o, i) => o.uid !== before[i]!.uid)).toBe(true);
  });

  it('lets every section and item remember the block it came from', () => {
    const source = import002();
    const draft = s.carryForward.carryForward(source.id);
    const blocks = ((draft.document as { root: SerializedNodeLike }).root.children ?? []).filter((n) => typeof n.uid === 'string');
    expect(blocks.map((b) => b.carriedFrom)).toEqual(s.outline.list(source.id).map((o) => o.uid));
  });

  it('offers each target\'s latest measurement, else its target, as the new baseline, linked to the new item', () => {
    const source = import002();
    const items = s.outline.list(source.id).filter((o) => o.level === 3);
    const now = new Date().toISOString();
    const indicator = s.db.prepare("INSERT INTO indicators (name, measure_unit, created_at) VALUES ('一网通办覆盖率', '%', ?)").run(now).lastInsertRowid;
    const target = (value: number) =>
      s.db.prepare('INSERT INTO targets (plan_id, indicator_id, target_value, baseline_year, created_at, updated_at) VALUES (?, ?, ?, 2023, ?, ?)').run(source.id, indicator, value, now, now).lastInsertRowid;
    const measured = target(90);
    target(100);
    s.db.prepare('INSERT INTO target_links (node_id, target_id) VALUES (?, ?)').run(items[7]!.uid, measured);
    s.db.prepare("INSERT INTO measurements (target_id, period, value, entered_at) VALUES (?, '2024-06', 85, ?), (?, '2024-09', 92.5, ?)").run(measured, now, measured, now);
    const draft = s.carryForward.carryForward(source.id);
    const carried = s.db.prepare('SELECT id, baseline_value, baseline_year, target_value FROM targets WHERE plan_id = ? ORDER BY id').all(draft.id) as { id: number; baseline_value: number; baseline_year: number }[];
    expect(carried.map((t) => [t.baseline_value, t.baseline_year])).toEqual([
      [92.5, 2024],
      [100, 2024],
    ]);
    const linked = s.db.prepare('SELECT node_id FROM target_links WHERE target_id = ?').pluck().all(carried[0]!.id);
    expect(linked).toEqual([s.outline.list(draft.id).filter((o) => o.level === 3)[7]!.uid]);
  });

  it('moves only whole years: 2024 and 〔2024〕 change, 20245 does not', () => {
    expect(moveYear('泰教发〔2024〕1号 2024年 20245', 2024)).toBe('泰教发〔2025〕1号 2025年 20245');
  });

  it('plandesk carry-forward prints the new plan as JSON', () => {
    const source = import002();
    s.close();
    const bin = path.resolve(__dirname, '../../../bin/plandesk.mjs');
    const r = spawnSync(process.execPath, [bin, '--db', dbPath, 'carry-forward', source.id, '--json'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['planId', 'title', 'year']);
    expect(out).toMatchObject({ year: 2025, title: '中共泰安市委教育工委 泰安市教育局2025年工作要点' });
    s = openServices({ dbPath, mode: 'cli' });
  });
});
