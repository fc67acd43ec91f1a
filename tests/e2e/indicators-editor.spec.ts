// 指标 in the editor, in the real renderer against the web host: the item panel's targets and
// suggestions, the 目录's counts and hints, the 专栏 block drawn live from the targets, and the
// question when items with targets are deleted. Everything is read back after a reload.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { api, editorOf, outlineOf, waitSaved } from './documents';
import { expect, nodeBinary, test, type Host } from './fixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function importSeed(host: Host, seed: string): string {
  const r = spawnSync(nodeBinary(), ['bin/plandesk.mjs', '--db', host.dbPath, 'import', `tests/fixtures/seeds/${seed}`, '--json'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout).planId as string;
}

async function open(page: Page, host: Host, planId: string): Promise<void> {
  await page.goto(`${host.origin}/plans/${planId}?token=${host.token}`);
  await expect(editorOf(page)).toBeVisible();
}

/** The 目录 line of the entry whose label is `label` (4., 一、). */
const entry = (page: Page, label: string) => outlineOf(page).filter({ has: page.locator('.outline-label', { hasText: new RegExp(`^${label.replace('.', '\\.')}$`) }) });
const panel = (page: Page) => page.getByRole('complementary', { name: '条目信息' });

test('select an item, accept a suggestion and add a target in its panel: the 目录 counts them, and after a reload they are there', async ({ page, host }) => {
  const planId = importSeed(host, '002_eb413db6c3da201b.txt');
  await open(page, host, planId);
  // Item 4 holds five measurable targets and none is set yet: a hint, no count.
  await expect(entry(page, '4.').getByTestId('outline-target-hint')).toBeVisible();
  await expect(entry(page, '4.').getByTestId('outline-targets')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('outline-hints.png') });

  await entry(page, '4.').locator('.outline-entry-main').click();
  const side = panel(page);
  await expect(side.locator('.item-panel-label')).toHaveText('4.');
  const suggestions = side.getByRole('region', { name: '本条目的指标建议' });
  await expect(suggestions.locator('mark', { hasText: '50个首课教育基地' })).toBeVisible();
  await suggestions.getByRole('group', { name: '建议：首课教育基地' }).getByRole('button', { name: '接受' }).click();
  await expect(side.getByRole('listitem', { name: '指标：首课教育基地' })).toContainText('≥ 50 个');
  await expect(entry(page, '4.').getByTestId('outline-targets')).toHaveText('1');
  await expect(suggestions.getByRole('group', { name: '建议：首课教育基地' })).toHaveCount(0);
  // Changed before it is accepted; and one not taken, for good.
  const teachers = suggestions.getByRole('group', { name: '建议：首课教学名师' });
  await teachers.getByRole('button', { name: '修改' }).click();
  await teachers.getByLabel('目标值').fill('220');
  await page.screenshot({ path: test.info().outputPath('suggestion-edit.png') });
  await teachers.getByRole('button', { name: '接受修改后的指标' }).click();
  await expect(side.getByRole('listitem', { name: '指标：首课教学名师' })).toContainText('≥ 220 名');
  await suggestions.getByRole('group', { name: '建议：首课精品课例' }).getByRole('button', { name: '不采纳' }).click();
  await expect(suggestions.getByRole('group', { name: '建议：首课精品课例' })).toHaveCount(0);
  await expect(entry(page, '4.').getByTestId('outline-targets')).toHaveText('2');
  // Rejected by mistake: the item's 已不采纳的建议 proposes it again, and it is rejected once more.
  await side.getByText('已不采纳的建议（1）').click();
  await side.locator('.rejected-suggestions li', { hasText: '首课精品课例' }).getByRole('button', { name: '重新提出' }).click();
  await expect(suggestions.getByRole('group', { name: '建议：首课精品课例' })).toBeVisible();
  await expect(side.locator('.rejected-suggestions')).toHaveCount(0);
  await suggestions.getByRole('group', { name: '建议：首课精品课例' }).getByRole('button', { name: '不采纳' }).click();
  await expect(side.getByText('已不采纳的建议（1）')).toBeVisible();
  // Unlinked, it stays in the plan as a target of no item.
  await side.getByRole('listitem', { name: '指标：首课教学名师' }).getByRole('button', { name: '解除关联' }).click();
  await expect(entry(page, '4.').getByTestId('outline-targets')).toHaveText('1');

  // A target typed by hand.
  await side.getByRole('button', { name: '新增' }).click();
  const form = side.getByRole('form', { name: '新增指标' });
  await form.getByLabel('指标名称').fill('首课示范学校');
  await form.getByLabel('目标值').fill('十');
  await form.getByRole('button', { name: '添加' }).click();
  await expect(form.getByRole('alert')).toHaveText('目标值必须是数字，如 90 或 3.03。');
  await form.getByLabel('目标值').fill('10');
  await form.getByLabel('计量单位').fill('所');
  await form.getByLabel('牵头单位').fill('思政科');
  await form.getByRole('button', { name: '添加' }).click();
  await expect(side.getByRole('listitem', { name: '指标：首课示范学校' })).toContainText('≥ 10 所');
  await expect(entry(page, '4.').getByTestId('outline-targets')).toHaveText('2');
  await page.screenshot({ path: test.info().outputPath('item-panel.png') });

  // Edit it, then unlink the suggestion's target: it stays in the plan with no item.
  const card = side.getByRole('listitem', { name: '指标：首课示范学校' });
  await card.getByRole('button', { name: '修改' }).click();
  const edit = side.getByRole('form', { name: '修改指标“首课示范学校”' });
  await edit.getByLabel('目标值').fill('12');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(side.getByRole('listitem', { name: '指标：首课示范学校' })).toContainText('≥ 12 所');
  await side.getByRole('listitem', { name: '指标：首课教育基地' }).getByRole('button', { name: '解除关联' }).click();
  await expect(side.getByRole('status')).toContainText('现在不属于任何条目');
  await expect(entry(page, '4.').getByTestId('outline-targets')).toHaveText('1');

  // And link it again from the plan's targets.
  await side.getByRole('button', { name: '关联已有' }).click();
  const picker = page.getByRole('dialog', { name: '关联已有指标到条目 4.' });
  await expect(picker.getByRole('listitem')).toHaveCount(2);
  await picker.getByRole('listitem').filter({ hasText: '首课教育基地' }).getByRole('button', { name: '关联' }).click();
  await expect(picker).toHaveCount(0);
  await expect(entry(page, '4.').getByTestId('outline-targets')).toHaveText('2');

  await page.reload();
  await expect(entry(page, '4.').getByTestId('outline-targets')).toHaveText('2');
  await entry(page, '4.').locator('.outline-entry-main').click();
  await expect(panel(page).getByRole('listitem', { name: /^指标：/ })).toHaveCount(2);
  await expect(panel(page).getByRole('listitem', { name: '指标：首课示范学校' })).toContainText('牵头：思政科');
  const left = panel(page).getByRole('region', { name: '本条目的指标建议' });
  await expect(left.getByRole('group', { name: '建议：首课校本课程' })).toBeVisible();
  await expect(left.getByRole('group', { name: '建议：首课精品课例' })).toHaveCount(0);
  const targets = await api(page.request, host, 'targets.list', { planId });
  expect(targets.map((t) => [t.name, t.target, t.items.map((i) => i.label)])).toEqual([
    ['首课教育基地', 50, ['4.']],
    ['首课示范学校', 12, ['4.']],
    ['首课教学名师', 220, []],
  ]);
});

test('003 opens with 专栏一 and its eight indicators; a 专栏 inserted after an item is 专栏二, set to one group, and stays after a reload', async ({ page, host }) => {
  const planId = importSeed(host, '003_3bf94dc3a89a6442.txt');
  await open(page, host, planId);
  const tables = page.getByTestId('indicator-table');
  await expect(tables).toHaveCount(1);
  const first = tables.first();
  await expect(first.locator('figcaption')).toHaveText('专栏一“十四五”教育事业发展主要目标');
  await expect(first.locator('thead th')).toHaveText(['指标名称', '2020年', '2025年', '属性']);
  await expect(first.locator('tbody tr[data-target-id]')).toHaveCount(8);
  await expect(first.locator('.indicator-table-group')).toHaveText(['基础教育', '职业教育']);
  await expect(first.locator('tbody tr[data-target-id]').first()).toHaveText(['学前教育毛入园率（%）', '98.91', '99', '预期性'].join(''));
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('zhuanlan-003.png') });

  // Insert a 专栏 after the first item: it lists every target until told otherwise.
  await entry(page, '1.').first().locator('.outline-entry-main').click();
  await page.getByRole('button', { name: '插入专栏' }).click();
  await expect(tables).toHaveCount(2);
  const inserted = tables.first();
  await expect(inserted.locator('figcaption')).toHaveText('专栏一主要目标');
  await expect(tables.nth(1).locator('figcaption')).toHaveText('专栏二“十四五”教育事业发展主要目标');
  await expect(inserted.locator('tbody tr[data-target-id]')).toHaveCount(8);

  await inserted.hover();
  await inserted.getByRole('button', { name: '设置' }).click();
  const settings = page.getByRole('dialog', { name: '专栏一设置' });
  await settings.getByLabel('标题').fill('职业教育发展主要目标');
  await settings.getByLabel('按分组').check();
  await settings.getByLabel('职业教育（2 个）').check();
  await page.screenshot({ path: test.info().outputPath('zhuanlan-settings.png') });
  await settings.getByRole('button', { name: '确定' }).click();
  await expect(inserted.locator('figcaption')).toHaveText('专栏一职业教育发展主要目标');
  await expect(inserted.locator('tbody tr[data-target-id]')).toHaveCount(2);
  await expect(inserted.locator('.indicator-table-group')).toHaveText(['职业教育']);

  // Live: a value changed beside the editor is in both tables at once.
  await entry(page, '1.').first().locator('.outline-entry-main').click();
  const side = panel(page);
  await side.getByRole('button', { name: '关联已有' }).click();
  const picker = page.getByRole('dialog', { name: /关联已有指标到条目/ });
  await picker.getByLabel('查找指标').fill('在校生');
  await picker.getByRole('button', { name: '关联' }).click();
  const card = side.getByRole('listitem', { name: '指标：中等职业教育在校生' });
  await card.getByRole('button', { name: '修改' }).click();
  await side.getByRole('form', { name: '修改指标“中等职业教育在校生”' }).getByLabel('目标值').fill('420');
  await side.getByRole('button', { name: '保存' }).click();
  for (const t of [inserted, tables.nth(1)]) await expect(t.locator('tr', { hasText: '中等职业教育在校生' })).toContainText('420');
  await inserted.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('zhuanlan-inserted.png') });
  await waitSaved(page);

  await page.reload();
  await expect(tables).toHaveCount(2);
  await expect(tables.first().locator('figcaption')).toHaveText('专栏一职业教育发展主要目标');
  await expect(tables.first().locator('tbody tr[data-target-id]')).toHaveCount(2);
  await expect(tables.nth(1).locator('figcaption')).toHaveText('专栏二“十四五”教育事业发展主要目标');
  await expect(tables.nth(1).locator('tr', { hasText: '中等职业教育在校生' })).toContainText('420');

  // Selected with a click and removed with Delete; 撤销 brings it back.
  await tables.first().locator('thead').click();
  await expect(tables.first()).toHaveClass(/indicator-table-selected/);
  await page.keyboard.press('Delete');
  await expect(tables).toHaveCount(1);
  await expect(tables.first().locator('figcaption')).toHaveText('专栏一“十四五”教育事业发展主要目标');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(tables).toHaveCount(2);
});

test('deleting an item with targets asks what to do with them: 撤销删除 restores it with its links, 删除指标 deletes them, 保留指标 keeps them unassigned', async ({ page, host }) => {
  const planId = importSeed(host, '002_eb413db6c3da201b.txt');
  const r = spawnSync(nodeBinary(), ['bin/plandesk.mjs', '--db', host.dbPath, 'indicators', 'suggest', planId, '--accept', '--json'], { cwd: root, encoding: 'utf8' });
  expect(r.status).toBe(0);
  await open(page, host, planId);
  await expect(entry(page, '4.').getByTestId('outline-targets')).toHaveText('5');

  // Backspace at the start of item 4 takes its number away: item 4 is gone (its words stay, as a body paragraph).
  await entry(page, '4.').locator('.outline-entry-main').click();
  await page.keyboard.press('Backspace');
  const question = page.getByRole('dialog', { name: '删除的条目关联着 5 个指标' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('listitem')).toHaveCount(5);
  await expect(question).toContainText('首课教育基地');
  await page.screenshot({ path: test.info().outputPath('deletion-question.png') });
  // Clicking the question saved the text without item 4 (its links went with its outline row); undo
  // brings it back and, after the next save, its links too.
  await question.getByRole('button', { name: '撤销删除' }).click();
  await expect(question).toHaveCount(0);
  await expect
    .poll(async () => (await api(page.request, host, 'targets.list', { planId })).filter((t) => t.items.some((i) => i.label === '4.')).length, { timeout: 10_000 })
    .toBe(5);
  await expect(entry(page, '4.').getByTestId('outline-targets')).toHaveText('5');
  await waitSaved(page);

  // Again, and this time the targets go with the item.
  await entry(page, '4.').locator('.outline-entry-main').click();
  await page.keyboard.press('Backspace');
  await question.getByRole('button', { name: '删除指标' }).click();
  await expect(question).toHaveCount(0);
  await waitSaved(page);
  let targets = await api(page.request, host, 'targets.list', { planId });
  expect(targets).toHaveLength(17);
  expect(targets.some((t) => t.name === '首课教育基地')).toBe(false);

  // A selection from the start of one item into the next, deleted: the second item is gone (its
  // rest joins the first), and 保留指标 keeps its targets, with no item.
  const [a, b] = [outlineOf(page).filter({ hasText: '推动学前教育优质普惠' }), outlineOf(page).filter({ hasText: '推动强镇筑基提档升级' })];
  const uidB = (await b.getAttribute('data-uid'))!;
  const held = targets.filter((t) => t.items.some((i) => i.uid === uidB));
  expect(held.length).toBeGreaterThan(0);
  await a.locator('.outline-entry-main').click();
  await editorOf(page).locator(`[data-uid="${uidB}"]`).click({ modifiers: ['Shift'], position: { x: 200, y: 10 } });
  await page.keyboard.press('Delete');
  const keep = page.getByRole('dialog', { name: /删除的.*关联着 \d+ 个指标/ });
  await expect(keep).toBeVisible();
  await keep.getByRole('button', { name: '保留指标' }).click();
  await expect(keep).toHaveCount(0);
  await waitSaved(page);
  await expect.poll(async () => (await api(page.request, host, 'targets.list', { planId })).filter((t) => held.some((h) => h.id === t.id)).map((t) => t.items.length)).toEqual(held.map(() => 0));

  await page.reload();
  // The two items are gone as items (their words live on, as a body paragraph and in the item the second was joined to).
  const items = page.locator('[data-testid="outline-entry"][data-level="3"]');
  await expect(items).toHaveCount(21);
  await expect(items.filter({ hasText: '深化“首课思政负责制”' })).toHaveCount(0);
  await expect(items.filter({ hasText: '推动强镇筑基提档升级' })).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: /删除的/ })).toHaveCount(0);
  targets = await api(page.request, host, 'targets.list', { planId });
  expect(targets).toHaveLength(17);
});
