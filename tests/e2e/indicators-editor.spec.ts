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
  await expect(picker.getByRole('listitem')).toHaveCount(1);
  await picker.getByRole('button', { name: '关联' }).click();
  await expect(picker).toHaveCount(0);
  await expect(entry(page, '4.').getByTestId('outline-targets')).toHaveText('2');

  await page.reload();
  await expect(entry(page, '4.').getByTestId('outline-targets')).toHaveText('2');
  await entry(page, '4.').locator('.outline-entry-main').click();
  await expect(panel(page).getByRole('listitem', { name: /^指标：/ })).toHaveCount(2);
  await expect(panel(page).getByRole('listitem', { name: '指标：首课示范学校' })).toContainText('牵头：思政科');
  const targets = await api(page.request, host, 'targets.list', { planId });
  expect(targets.map((t) => [t.name, t.target, t.items.map((i) => i.label)])).toEqual([
    ['首课教育基地', 50, ['4.']],
    ['首课示范学校', 12, ['4.']],
  ]);
});
