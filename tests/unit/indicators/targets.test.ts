import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/api/dispatcher';
import { countDanglingLinks } from '../../../electron/services/db/indicators';
import { openServices, type Services } from '../../../electron/services/index';
import { doc, type BlockSpec } from '../helpers/doc';
import { tmpDbPath } from '../helpers/tmp';

let s: Services;
let dbPath: string;
beforeEach(() => {
  dbPath = tmpDbPath();
  s = openServices({ dbPath, mode: 'cli', clock: () => new Date('2025-03-01T08:00:00Z') });
});
afterEach(() => s.close());

const blocks: BlockSpec[] = [
  { level: 1, text: '扩优提质，推动教育发展走在前列', uid: 's1' },
  { level: 3, text: '推动学前教育优质普惠。确保全市幼儿园招生报名“一网通办”覆盖率达到90%以上。', uid: 'i1' },
  { level: 3, text: '推动特殊教育普惠融合。义务教育安置率稳定在100%。', uid: 'i2' },
  { level: 1, text: '强化保障，夯实教育事业发展根基', uid: 's2' },
  { level: 3, text: '改善学校办学条件。新建改扩建中小学11所、幼儿园10所。', uid: 'i3' },
];

function plan(year = 2025, b: BlockSpec[] = blocks) {
  const p = s.plans.create({ year, title: `${year}年工作要点` });
  s.outline.save(p.id, doc(b));
  return p;
}

describe('targets of a plan', () => {
  it('a target created on an item shows the item label computed from the numbering, and follows renumbering', () => {
    const p = plan();
    const t = s.indicators.create(p.id, { name: '义务教育安置率', unit: '%', target: 100, comparator: '=' }, ['i2']);
    expect(t).toMatchObject({ name: '义务教育安置率', unit: '%', target: 100, comparator: '=', placeholder: false, items: [{ uid: 'i2', label: '2.', sectionUid: 's1' }] });
    // An item inserted above renumbers: the link stays on the uid and the label moves on.
    s.outline.save(p.id, doc([blocks[0]!, { level: 3, text: '新增一项工作。', uid: 'i0' }, ...blocks.slice(1)]));
    expect(s.indicators.get(t.id).items.map((i) => i.label)).toEqual(['3.']);
    // Moved to the other section: same link, new label and section.
    s.outline.save(p.id, doc([blocks[0]!, blocks[1]!, blocks[3]!, blocks[4]!, blocks[2]!]));
    expect(s.indicators.get(t.id).items).toMatchObject([{ uid: 'i2', label: '3.', sectionUid: 's2' }]);
    expect(s.db.prepare('SELECT count(*) FROM targets WHERE id = ?').pluck().get(t.id)).toBe(1);
  });

  it('deleting a section heading keeps the links of the items that stay (they move under the section above)', () => {
    const p = plan();
    const t = s.indicators.create(p.id, { name: '中小学', unit: '所', target: 11 }, ['i3']);
    s.outline.save(p.id, doc(blocks.filter((b) => b.uid !== 's2')));
    expect(s.indicators.get(t.id).items).toMatchObject([{ uid: 'i3', label: '3.', sectionUid: 's1' }]);
    expect(s.outline.list(p.id).find((o) => o.uid === 'i3')!.parentUid).toBe('s1');
  });

  it('in a plan whose items restart under each heading, labels carry their section', () => {
    const p = s.plans.create({ year: 2025, title: '十四五规划', kind: '规划' });
    s.outline.save(p.id, doc(blocks), 'restart');
    const t = s.indicators.create(p.id, { name: '中小学', unit: '所', target: 11 }, ['i3', 's2']);
    expect(t.items.map((i) => i.label)).toEqual(['二、', '二、1.']);
  });

  it('lists targets in document order, those without an item last', () => {
    const p = plan();
    const a = s.indicators.create(p.id, { name: '中小学', unit: '所', target: 11 }, ['i3']);
    const b = s.indicators.create(p.id, { name: '毛入园率', unit: '%', target: 99 });
    const c = s.indicators.create(p.id, { name: '覆盖率', unit: '%', target: 90 }, ['i1']);
    expect(s.indicators.list(p.id).map((t) => t.id)).toEqual([c.id, a.id, b.id]);
    expect(s.indicators.unassigned(p.id).map((t) => t.id)).toEqual([b.id]);
    expect(s.indicators.ofItem(p.id, 'i3').map((t) => t.id)).toEqual([a.id]);
  });

  it('edits values, and a new name moves the target to another indicator, dropping the unused one', () => {
    const p = plan();
    const t = s.indicators.create(p.id, { name: '中小学', unit: '所', target: 11 }, ['i3']);
    expect(s.indicators.update(t.id, { target: 12, baseline: 8, baselineYear: 2024, leadUnit: '发展规划科' })).toMatchObject({ target: 12, baseline: 8, baselineYear: 2024, leadUnit: '发展规划科', name: '中小学' });
    const renamed = s.indicators.update(t.id, { name: '新建改扩建中小学' });
    expect(renamed.indicatorId).not.toBe(t.indicatorId);
    expect(s.indicators.catalogue().map((i) => i.name)).toEqual(['新建改扩建中小学']);
    expect(s.outline.unitNames()).toContain('发展规划科');
  });

  it('refuses a range without both ends, or an upper end on a non-range, writing nothing', () => {
    const p = plan();
    expect(() => s.indicators.create(p.id, { name: '产教联合体', unit: '个', target: 2, comparator: '区间' })).toThrow('区间的下限和上限都要填写。');
    expect(() => s.indicators.create(p.id, { name: '产教联合体', unit: '个', target: 3, targetMax: 2, comparator: '区间' })).toThrow('区间的上限不能小于下限。');
    expect(() => s.indicators.create(p.id, { name: '产教联合体', unit: '个', target: 2, targetMax: 3, comparator: '≥' })).toThrow('只有比较方式为“区间”时才填写目标上限。');
    expect(() => s.indicators.create(p.id, { name: '产教联合体', unit: '个', target: 2 }, ['no-such-item'])).toThrow('找不到要关联的条目');
    expect(s.indicators.list(p.id)).toEqual([]);
    expect(s.indicators.catalogue()).toEqual([]);
    const range = s.indicators.create(p.id, { name: '产教联合体', unit: '个', target: 2, targetMax: 3, comparator: '区间' });
    // Leaving 区间 drops the upper end.
    expect(s.indicators.update(range.id, { comparator: '≥' })).toMatchObject({ target: 2, targetMax: null, comparator: '≥' });
  });

  it('a placeholder target has no value until one is filled in', () => {
    const p = plan();
    const t = s.indicators.create(p.id, { name: '学前教育毛入园率', unit: '%', target: null });
    expect(t).toMatchObject({ target: null, placeholder: true, comparator: '≥' });
    expect(s.indicators.update(t.id, { target: 95 })).toMatchObject({ target: 95, placeholder: false });
  });
});

describe('the indicator catalogue across years', () => {
  it('学前教育毛入园率 in the 2024 and 2025 plans is one indicator with two targets and a history', () => {
    const p24 = plan(2024);
    const p25 = plan(2025);
    const a = s.indicators.create(p24.id, { name: '学前教育毛入园率', unit: '%', baseline: 97, baselineYear: 2023, target: 98 });
    const b = s.indicators.create(p25.id, { name: '学前教育毛入园率', unit: '％', baseline: 98.2, baselineYear: 2024, target: 99 });
    expect(b.indicatorId).toBe(a.indicatorId);
    s.progress.setValue({ targetId: a.id, period: '2024-Q2', value: 97.5 });
    s.progress.setValue({ targetId: a.id, period: '2024-12', value: 98.3 });
    const h = s.indicators.history(a.indicatorId);
    expect(h.indicator).toMatchObject({ name: '学前教育毛入园率', unit: '%', years: [2024, 2025] });
    expect(h.targets.map((t) => [t.year, t.baseline, t.target, t.latest])).toEqual([
      [2024, 97, 98, { period: '2024-12', value: 98.3 }],
      [2025, 98.2, 99, null],
    ]);
  });
});

describe('deleting an item asks what to do with its targets, and never leaves a link to nothing', () => {
  it('forItems lists the targets of the items going, with their other links', () => {
    const p = plan();
    const both = s.indicators.create(p.id, { name: '覆盖率', unit: '%', target: 90 }, ['i1', 'i3']);
    const only = s.indicators.create(p.id, { name: '安置率', unit: '%', target: 100 }, ['i2']);
    const asked = s.indicators.forItems(p.id, ['i1', 'i2']);
    expect(asked.map((a) => [a.target.id, a.otherItems.map((i) => i.uid)])).toEqual([
      [both.id, ['i3']],
      [only.id, []],
    ]);
  });

  it('unlink, keep, delete and move each do what they say', () => {
    const p = plan();
    const unlink = s.indicators.create(p.id, { name: 'A', unit: '个', target: 1 }, ['i1', 'i3']);
    const keep = s.indicators.create(p.id, { name: 'B', unit: '个', target: 2 }, ['i1']);
    const del = s.indicators.create(p.id, { name: 'C', unit: '个', target: 3 }, ['i1']);
    const move = s.indicators.create(p.id, { name: 'D', unit: '个', target: 4 }, ['i1']);
    s.db.prepare("INSERT INTO measurements (target_id, period, value, entered_at) VALUES (?, '2025-Q1', 1, 'x')").run(del.id);
    const counts = s.indicators.resolveItems(p.id, ['i1'], [
      { targetId: unlink.id, action: 'unlink' },
      { targetId: keep.id, action: 'keep' },
      { targetId: del.id, action: 'delete' },
      { targetId: move.id, action: 'move', toItemUid: 'i2' },
    ]);
    expect(counts).toEqual({ unlinked: 1, kept: 1, deleted: 1, moved: 1 });
    expect(s.indicators.get(unlink.id).items.map((i) => i.uid)).toEqual(['i3']);
    expect(s.indicators.get(keep.id).items.map((i) => i.uid)).toEqual(['i1']); // until the item is really gone
    expect(() => s.indicators.get(del.id)).toThrow('找不到这个指标');
    expect(s.db.prepare('SELECT count(*) FROM measurements WHERE target_id = ?').pluck().get(del.id)).toBe(0);
    expect(s.indicators.get(move.id).items.map((i) => i.uid)).toEqual(['i2']);

    // The item is deleted from the document: its links go with its row; the kept target is unassigned.
    s.outline.save(p.id, doc(blocks.filter((b) => b.uid !== 'i1')));
    expect(s.indicators.get(keep.id).items).toEqual([]);
    expect(s.indicators.unassigned(p.id).map((t) => t.name)).toEqual(['B']);
    expect(countDanglingLinks(s.db)).toBe(0);
  });

  it('refuses to move a target onto an item that is being deleted, changing nothing', () => {
    const p = plan();
    const t = s.indicators.create(p.id, { name: 'A', unit: '个', target: 1 }, ['i1']);
    expect(() => s.indicators.resolveItems(p.id, ['i1', 'i2'], [{ targetId: t.id, action: 'move', toItemUid: 'i2' }])).toThrow('不能移到正要删除的条目');
    expect(s.indicators.get(t.id).items.map((i) => i.uid)).toEqual(['i1']);
  });

  it('a plan deleted for good takes its targets along; the catalogue keeps indicators other plans use', () => {
    const a = plan(2024);
    const b = plan(2025, blocks.map((x) => ({ ...x, uid: `${x.uid}-2025` })));
    s.indicators.create(a.id, { name: '毛入园率', unit: '%', target: 98 }, ['i1']);
    s.indicators.create(b.id, { name: '毛入园率', unit: '%', target: 99 }, ['i1-2025']);
    s.plans.delete(a.id);
    s.plans.purge(a.id);
    expect(s.indicators.catalogue()).toMatchObject([{ name: '毛入园率', years: [2025] }]);
    expect(countDanglingLinks(s.db)).toBe(0);
  });
});

describe('the targets API', () => {
  it('refuses bad input with a Chinese sentence naming the field', async () => {
    const api = createDispatcher(s);
    const p = plan();
    const bad = await api.dispatch('targets.create', { planId: p.id, name: '覆盖率', target: '九十' });
    expect(bad).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '输入内容不符合要求：目标值必须是数字。' } });
    const empty = await api.dispatch('targets.create', { planId: p.id, name: '  ' });
    expect(empty.ok ? '' : empty.error.message).toBe('输入内容不符合要求：指标名称不能为空。');
    const attr = await api.dispatch('targets.update', { id: 1, attribute: '重要' });
    expect(attr.ok ? '' : attr.error.message).toBe('输入内容不符合要求：属性只能是 预期性 或 约束性。');
    const date = await api.dispatch('targets.create', { planId: p.id, name: '覆盖率', deadline: '2025-02-30' });
    expect(date.ok ? '' : date.error.message).toBe('输入内容不符合要求：完成时限应为日期，如 2025-12-31。');
    const missing = await api.dispatch('targets.get', { id: 999 });
    expect(missing).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '找不到这个指标，它可能已被删除。' } });
    const made = await api.dispatch('targets.create', { planId: p.id, name: '覆盖率', unit: '%', target: 90, itemUids: ['i1'] });
    expect(made).toMatchObject({ ok: true, result: { name: '覆盖率', items: [{ label: '1.' }] } });
  });
});
