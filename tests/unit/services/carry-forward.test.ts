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
    const measured = s.indicators.create(source.id, { name: '一网通办覆盖率', unit: '%', baselineYear: 2023, target: 90 }, [items[7]!.uid]);
    s.indicators.create(source.id, { name: '一网通办覆盖率（民办园）', unit: '%', baselineYear: 2023, target: 100 });
    s.progress.setValue({ targetId: measured.id, period: '2024-06', value: 85 });
    s.progress.setValue({ targetId: measured.id, period: '2024-09', value: 92.5 });
    const draft = s.carryForward.carryForward(source.id);
    const carried = s.indicators.list(draft.id);
    expect(carried.map((t) => [t.name, t.baseline, t.baselineYear, t.target])).toEqual([
      ['一网通办覆盖率', 92.5, 2024, 90],
      ['一网通办覆盖率（民办园）', 100, 2024, 100],
    ]);
    expect(carried[0]!.items.map((i) => i.uid)).toEqual([s.outline.list(draft.id).filter((o) => o.level === 3)[7]!.uid]);
  });

  it('takes the latest value by when its period ends, with months and quarters mixed: October after the third quarter', () => {
    const source = import002();
    const t = s.indicators.create(source.id, { name: '首课教育基地', unit: '个', target: 50 });
    // As text, 2024-Q3 sorts after 2024-10; by the calendar it ends a month earlier.
    s.progress.setValue({ targetId: t.id, period: '2024-10', value: 41 });
    s.progress.setValue({ targetId: t.id, period: '2024-Q1', value: 12 });
    s.progress.setValue({ targetId: t.id, period: '2024-Q3', value: 36 });
    const draft = s.carryForward.carryForward(source.id);
    expect(s.indicators.list(draft.id).map((x) => x.baseline)).toEqual([41]);
  });

  it('takes a quarter\'s value over its last month\'s when both are entered', () => {
    const source = import002();
    const t = s.indicators.create(source.id, { name: '首课教学名师', unit: '名', target: 200 });
    s.progress.setValue({ targetId: t.id, period: '2024-Q3', value: 150 });
    s.progress.setValue({ targetId: t.id, period: '2024-09', value: 149 });
    const draft = s.carryForward.carryForward(source.id);
    expect(s.indicators.list(draft.id).map((x) => x.baseline)).toEqual([150]);
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
