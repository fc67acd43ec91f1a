// The 目录's marks, fetched once per save: targets per item, and items whose text holds measurable
// targets nobody has accepted or rejected yet. Also `plandesk indicators marks`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import { acceptedAsIs } from '../../../shared/api/indicators';
import { seedPath } from '../import/helpers/seeds';
import { tmpDbPath } from '../helpers/tmp';

let s: Services;
let dbPath: string;
beforeEach(() => {
  dbPath = tmpDbPath();
  s = openServices({ dbPath, mode: 'cli', clock: () => new Date('2024-04-01T08:00:00Z') });
});
afterEach(() => s.close());

function import002() {
  const name = '002_eb413db6c3da201b.txt';
  const { preview } = s.importer.preview(fs.readFileSync(seedPath(name)), name);
  return s.importer.commit(preview);
}

describe('outline marks of the 泰安 plan', () => {
  it('start with no targets and the items whose text has targets in it', () => {
    const plan = import002();
    const marks = s.suggestions.outlineMarks(plan.id);
    expect(marks.targets).toEqual({});
    const labels = new Map(s.outline.list(plan.id).map((o) => [o.uid, o.label]));
    const open = Object.entries(marks.suggestions).map(([uid, n]) => [labels.get(uid), n]);
    expect(open).toContainEqual(['4.', 5]);
    expect(open.reduce((sum, [, n]) => sum + (n as number), 0)).toBe(22);
  });

  it('count a target once it is accepted, and drop an item from the open ones when all its suggestions are settled', () => {
    const plan = import002();
    const item4 = s.suggestions.suggest(plan.id).filter((x) => x.itemLabel === '4.');
    const uid = item4[0]!.itemUid!;
    s.suggestions.accept(plan.id, item4.slice(0, 2).map(acceptedAsIs));
    let marks = s.suggestions.outlineMarks(plan.id);
    expect(marks.targets[uid]).toBe(2);
    expect(marks.suggestions[uid]).toBe(3);
    for (const x of item4.slice(2)) s.suggestions.reject(plan.id, uid, x.key);
    marks = s.suggestions.outlineMarks(plan.id);
    expect(marks.suggestions[uid]).toBeUndefined();
    // A target entered by hand and linked to another item counts there too.
    const other = s.outline.list(plan.id).find((o) => o.label === '1.')!;
    s.indicators.create(plan.id, { name: '专题培训', unit: '场' }, [other.uid]);
    expect(s.suggestions.outlineMarks(plan.id).targets[other.uid]).toBe(1);
  });
});

describe('plandesk indicators marks', () => {
  it('lists each entry with its targets and open suggestions as JSON', () => {
    const plan = import002();
    s.close();
    const bin = path.resolve(__dirname, '../../../bin/plandesk.mjs');
    const r = spawnSync(process.execPath, [bin, '--db', dbPath, 'indicators', 'marks', plan.id, '--json'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const rows = JSON.parse(r.stdout) as { label: string; targets: number; suggestions: number }[];
    expect(rows.find((x) => x.label === '4.')).toMatchObject({ targets: 0, suggestions: 5 });
    const text = spawnSync(process.execPath, [bin, '--db', dbPath, 'indicators', 'marks', plan.id], { encoding: 'utf8' }).stdout;
    expect(text).toContain('有 5 处可量化的目标，尚未设指标');
    s = openServices({ dbPath, mode: 'cli' });
  });
});
