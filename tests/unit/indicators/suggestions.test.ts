import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import type { Suggestion } from '../../../shared/api/indicators';
import { seedPath } from '../import/helpers/seeds';
import { tmpDbPath } from '../helpers/tmp';

let s: Services;
let dbPath: string;
beforeEach(() => {
  dbPath = tmpDbPath();
  s = openServices({ dbPath, mode: 'cli', clock: () => new Date('2024-04-01T08:00:00Z') });
});
afterEach(() => s.close());

function importSeed(name: string, year?: number) {
  const { preview } = s.importer.preview(fs.readFileSync(seedPath(name)), name);
  return s.importer.commit(preview, { year });
}

const accept = (planId: string, list: Suggestion[]) =>
  s.suggestions.accept(
    planId,
    list.map(({ key, itemUid, sentence, name, value, valueMax, unit, comparator, direction, deadline }) => ({ key, itemUid, sentence, name, value, valueMax, unit, comparator, direction, deadline })),
  );

describe('指标建议 over a saved plan', () => {
  it('suggests the 泰安 targets with their items; accepting makes linked targets that are not suggested again', () => {
    const plan = importSeed('002_eb413db6c3da201b.txt');
    const all = s.suggestions.suggest(plan.id);
    expect(all).toHaveLength(22);
    const item4 = all.filter((x) => x.itemLabel === '4.');
    expect(item4.map((x) => x.name)).toEqual(['首课教育基地', '首课教学名师', '首课校本课程', '首课研究课题', '首课精品课例']);
    expect(s.suggestions.suggest(plan.id, item4[0]!.itemUid!)).toHaveLength(5);

    const made = accept(plan.id, item4.slice(0, 2));
    expect(made.map((t) => [t.name, t.target, t.unit, t.deadline, t.items.map((i) => i.label)])).toEqual([
      ['首课教育基地', 50, '个', '2024-12-31', ['4.']],
      ['首课教学名师', 200, '名', '2024-12-31', ['4.']],
    ]);
    expect(made[0]!.sourceSentence).toContain('2024年建立50个首课教育基地');
    expect(s.suggestions.suggest(plan.id)).toHaveLength(20);
  });

  it('a suggestion accepted with an edited value is not proposed again; deleting the target brings it back', () => {
    const plan = importSeed('002_eb413db6c3da201b.txt');
    const one = s.suggestions.suggest(plan.id).find((x) => x.name === '义务教育安置率')!;
    const [t] = accept(plan.id, [{ ...one, value: 99.5, comparator: '≥' }]);
    expect(t).toMatchObject({ target: 99.5, comparator: '≥' });
    expect(s.suggestions.suggest(plan.id).some((x) => x.name === '义务教育安置率')).toBe(false);
    s.indicators.delete(t!.id);
    expect(s.suggestions.suggest(plan.id).some((x) => x.name === '义务教育安置率')).toBe(true);
  });

  it('a rejected suggestion stays rejected, also after the file is opened again', () => {
    const plan = importSeed('002_eb413db6c3da201b.txt');
    const one = s.suggestions.suggest(plan.id).find((x) => x.itemLabel === '20.' && x.unit === '亿元')!;
    s.suggestions.reject(plan.id, one.itemUid, one.key);
    expect(s.suggestions.suggest(plan.id).some((x) => x.key === one.key)).toBe(false);
    s.close();
    s = openServices({ dbPath, mode: 'cli' });
    expect(s.suggestions.suggest(plan.id)).toHaveLength(21);
    expect(s.suggestions.suggest(plan.id).some((x) => x.key === one.key)).toBe(false);
  });

  it('a rejected suggestion is listed under 已不采纳 and 重新提出 proposes it again', () => {
    const plan = importSeed('002_eb413db6c3da201b.txt');
    const one = s.suggestions.suggest(plan.id).find((x) => x.name === '首课教学名师')!;
    s.suggestions.reject(plan.id, one.itemUid, one.key);
    expect(s.suggestions.rejected(plan.id).map((x) => [x.itemLabel, x.name, x.value, x.unit])).toEqual([['4.', '首课教学名师', 200, '名']]);
    expect(s.suggestions.rejected(plan.id, one.itemUid!)).toHaveLength(1);
    const otherItem = s.suggestions.suggest(plan.id).find((x) => x.itemUid !== one.itemUid)!.itemUid!;
    expect(s.suggestions.rejected(plan.id, otherItem)).toEqual([]);
    expect(s.suggestions.outlineMarks(plan.id).suggestions[one.itemUid!]).toBe(4);

    expect(s.suggestions.unreject(plan.id, one.itemUid, one.key)).toEqual({ restored: true });
    expect(s.suggestions.rejected(plan.id)).toEqual([]);
    expect(s.suggestions.suggest(plan.id)).toHaveLength(22);
    expect(s.suggestions.outlineMarks(plan.id).suggestions[one.itemUid!]).toBe(5);
    // Again: nothing left to restore, nothing changes.
    expect(s.suggestions.unreject(plan.id, one.itemUid, one.key)).toEqual({ restored: false });
  });

  it('a rejected suggestion whose figure was since entered as a target is not listed as rejected', () => {
    const plan = importSeed('002_eb413db6c3da201b.txt');
    const one = s.suggestions.suggest(plan.id).find((x) => x.name === '首课教学名师')!;
    s.suggestions.reject(plan.id, one.itemUid, one.key);
    s.indicators.create(plan.id, { name: '首课教学名师', unit: '名', target: 200 });
    expect(s.suggestions.rejected(plan.id)).toEqual([]);
  });

  it('accepting refuses a suggestion whose item has gone, writing nothing', () => {
    const plan = importSeed('002_eb413db6c3da201b.txt');
    const [first, second] = s.suggestions.suggest(plan.id);
    expect(() => accept(plan.id, [first!, { ...second!, itemUid: 'gone' }])).toThrow('建议所在的条目已不存在');
    expect(() => accept(plan.id, [first!, { ...second!, comparator: '区间' }])).toThrow('第 2 条建议：区间的下限和上限都要填写。');
    expect(s.indicators.list(plan.id)).toEqual([]);
  });

  it('a prose plan’s targets belong to the subsection their paragraph stands under', () => {
    const plan = importSeed('004_040c62a2e4fea6de.txt', 2025);
    const found = s.suggestions.suggest(plan.id);
    expect(found.map((x) => [x.itemLabel, x.name, x.value, x.comparator])).toEqual([
      ['一、（三）', '学前三年毛入园率', 90, '≥'],
      ['一、（三）', '普惠性幼儿园覆盖率', 85, '>'],
      ['一、（三）', '公办园在园幼儿占比', 50, '≥'],
    ]);
    const sub = s.outline.list(plan.id).filter((o) => o.level === 2)[2]!;
    expect(found[0]!.itemUid).toBe(sub.uid);
  });
});

describe('importing a plan with an indicator table', () => {
  it('003 arrives with the 8 indicators of 专栏一: baselines, targets, attributes, units and groups', () => {
    const plan = importSeed('003_3bf94dc3a89a6442.txt');
    const targets = s.indicators.list(plan.id);
    expect(targets.map((t) => [t.group, t.name, t.unit, t.baseline, t.baselineYear, t.target, t.attribute, t.deadline])).toEqual([
      ['基础教育', '学前教育毛入园率', '%', 98.91, 2020, 99, '预期性', '2025-12-31'],
      ['基础教育', '学前教育普惠率', '%', 92.1, 2020, 95, '预期性', '2025-12-31'],
      ['基础教育', '小学净入学率', '%', 100, 2020, 100, '预期性', '2025-12-31'],
      ['基础教育', '初中毛入学率', '%', 100, 2020, 100, '预期性', '2025-12-31'],
      ['基础教育', '九年义务教育巩固率', '%', 99.64, 2020, 100, '预期性', '2025-12-31'],
      ['基础教育', '学前教育专任教师接受专业教育的比例', '%', 65, 2020, 80, '约束性', '2025-12-31'],
      ['职业教育', '中等职业教育在校生', '', 371, 2020, 400, '预期性', '2025-12-31'],
      ['职业教育', '双师型教师占专业课教师比例', '%', 54, 2020, 60, '预期性', '2025-12-31'],
    ]);
    expect(targets.every((t) => t.items.length === 0 && t.comparator === '≥' && t.sourceSentence === '专栏一 “十四五”教育事业发展主要目标')).toBe(true);
    // The goals paragraph repeats 学前教育毛入园率达到99%: the table already has it, so it is not suggested.
    expect(s.suggestions.suggest(plan.id).some((x) => x.name === '学前教育毛入园率' && x.value === 99)).toBe(false);
  });

  it('a second import of the same table adds targets to the same indicators (one catalogue across plans)', () => {
    importSeed('003_3bf94dc3a89a6442.txt');
    importSeed('003_3bf94dc3a89a6442.txt');
    const catalogue = s.indicators.catalogue();
    expect(catalogue).toHaveLength(8);
    expect(s.db.prepare('SELECT count(*) FROM targets').pluck().get()).toBe(16);
  });
});

describe('carrying a plan with indicators forward', () => {
  it('the draft gets each target with its group and item; a deadline in the old year moves on, a later one stays', () => {
    const plan = importSeed('003_3bf94dc3a89a6442.txt'); // year 2022, table targets due 2025-12-31
    const item = s.outline.list(plan.id).find((o) => o.level === 3)!;
    s.indicators.create(plan.id, { name: '薄弱学校', unit: '所', target: 2, deadline: '2022-08-31' }, [item.uid]);
    const draft = s.carryForward.carryForward(plan.id);
    const carried = s.indicators.list(draft.id);
    expect(carried).toHaveLength(9);
    expect(carried.find((t) => t.name === '学前教育毛入园率')).toMatchObject({ group: '基础教育', baseline: 99, baselineYear: 2022, target: 99, deadline: '2025-12-31' });
    expect(carried.find((t) => t.name === '薄弱学校')).toMatchObject({ deadline: '2023-08-31', items: [{ label: '一、（二）1.' }] });
    expect(carried.find((t) => t.name === '薄弱学校')!.indicatorId).toBe(s.indicators.list(plan.id).find((t) => t.name === '薄弱学校')!.indicatorId);
  });
});
