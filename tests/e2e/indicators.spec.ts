// 指标总表 in the real renderer against the web host: a seed imported with the CLI into the host's
// database, suggestions accepted and rejected, a value edited in place, everything still there after reload.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { api, doc, openPlan } from './documents';
import { expect, test, type Host } from './fixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const node = existsSync(path.join(root, 'node_modules/.bin/node')) ? path.join(root, 'node_modules/.bin/node') : process.execPath;

function importSeed(host: Host, seed: string): string {
  const r = spawnSync(node, ['bin/plandesk.mjs', '--db', host.dbPath, 'import', `tests/fixtures/seeds/${seed}`, '--json'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout).planId as string;
}

test('accept a suggestion, reject another, edit a value in place: all still there after reload', async ({ page, host }) => {
  const planId = importSeed(host, '002_eb413db6c3da201b.txt');
  await page.goto(`${host.origin}/plans/${planId}${new URL(host.url).search}`);
  await page.getByRole('link', { name: '指标总表' }).click();
  await expect(page.getByRole('heading', { name: '指标总表', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: '还没有指标' })).toBeVisible();

  await page.getByRole('button', { name: '指标建议' }).click();
  const panel = page.getByRole('region', { name: '指标建议' });
  await expect(panel.getByText('从条目文字中找到 22 条可量化的目标')).toBeVisible();
  // The sentence is shown once with each matched phrase marked.
  await expect(panel.locator('mark', { hasText: '50个首课教育基地' })).toBeVisible();
  await expect(panel.locator('mark', { hasText: '200名首课教学名师' })).toBeVisible();

  await panel.getByRole('group', { name: '建议：首课教育基地' }).getByRole('button', { name: '接受' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已接受“首课教育基地”，关联到条目 4.' })).toBeVisible();
  await panel.getByRole('group', { name: '建议：首课教学名师' }).getByRole('button', { name: '不采纳' }).click();
  await expect(panel.getByRole('group', { name: '建议：首课教学名师' })).toHaveCount(0);
  await expect(panel.getByText('从条目文字中找到 20 条可量化的目标')).toBeVisible();

  // Accept an edited suggestion: 义务教育安置率 as ≥ 99.5 instead of = 100.
  const edit = panel.getByRole('group', { name: '建议：义务教育安置率' });
  await edit.getByRole('button', { name: '修改' }).click();
  await edit.getByLabel('比较').selectOption('≥');
  await edit.getByLabel('目标值').fill('99.5');
  await edit.getByRole('button', { name: '接受修改后的指标' }).click();
  await panel.getByRole('button', { name: '收起' }).click();

  const row = page.getByRole('row', { name: /首课教育基地/ });
  await expect(row).toContainText('4.');
  await expect(row).toContainText('50');
  await expect(page.getByRole('row', { name: /义务教育安置率/ })).toContainText('99.5');

  // In place: a word is refused in Chinese and kept in the box; Esc cancels; Enter saves.
  await row.getByRole('button', { name: /^目标值/ }).click();
  const input = row.getByRole('textbox', { name: '目标值' });
  await input.fill('五十');
  await input.press('Enter');
  await expect(row.getByRole('alert')).toHaveText('目标值必须是数字，如 90 或 3.03。');
  await expect(input).toHaveValue('五十');
  await input.press('Escape');
  await expect(row.getByRole('button', { name: /^目标值/ })).toHaveText('50');
  await row.getByRole('button', { name: /^目标值/ }).click();
  await input.fill('60');
  await input.press('Enter');
  await expect(row.getByRole('button', { name: /^目标值/ })).toHaveText('60');
  await row.getByRole('button', { name: /^属性/ }).click();
  await row.getByRole('combobox', { name: '属性' }).selectOption('约束性');
  await expect(row.getByRole('button', { name: /^属性/ })).toHaveText('约束性');

  await page.reload();
  const again = page.getByRole('row', { name: /首课教育基地/ });
  await expect(again.getByRole('button', { name: /^目标值/ })).toHaveText('60');
  await expect(again.getByRole('button', { name: /^属性/ })).toHaveText('约束性');
  await expect(page.getByText('中共泰安市委教育工委 泰安市教育局2024年工作要点 · 2 个指标')).toBeVisible();

  // Accepted and rejected suggestions are not proposed again.
  await page.getByRole('button', { name: '指标建议' }).click();
  await expect(panel.getByText('从条目文字中找到 19 条可量化的目标')).toBeVisible();
  await expect(panel.getByRole('group', { name: '建议：首课教学名师' })).toHaveCount(0);
  await expect(panel.getByRole('group', { name: '建议：首课教育基地' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('indicators.png'), fullPage: true });

  // A 不采纳 clicked by mistake is not final: 已不采纳的建议 lists it, and 重新提出 brings it back.
  await panel.getByText('已不采纳的建议（1）').click();
  const rejected = panel.locator('.rejected-suggestions li');
  await expect(rejected).toHaveCount(1);
  await expect(rejected).toContainText('4.');
  await expect(rejected).toContainText('首课教学名师');
  await expect(rejected).toContainText('≥ 200 名');
  await rejected.getByRole('button', { name: '重新提出' }).click();
  await expect(panel.getByRole('group', { name: '建议：首课教学名师' })).toBeVisible();
  await expect(panel.getByText('从条目文字中找到 20 条可量化的目标')).toBeVisible();
  await expect(panel.locator('.rejected-suggestions')).toHaveCount(0);
});

test('filters, sorting, and the Excel round trip with a refused row reported by its number', async ({ page, host }) => {
  const planId = importSeed(host, '003_3bf94dc3a89a6442.txt');
  await page.goto(`${host.origin}/plans/${planId}/indicators${new URL(host.url).search}`);
  await expect(page.getByText('8 个指标，其中 8 个未关联条目')).toBeVisible();
  const names = () => page.locator('.targets-table tbody .target-name').allTextContents();
  const filters = page.getByRole('search', { name: '筛选指标' });
  await filters.getByLabel('属性').selectOption('约束性');
  expect(await names()).toEqual(['学前教育专任教师接受专业教育的比例']);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByRole('columnheader', { name: '基期值' }).getByRole('button').click();
  expect((await names())[0]).toBe('双师型教师占专业课教师比例');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await (await download).path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('指标')!;
  expect(ws.getRow(2).getCell(4).value).toBe('学前教育毛入园率');
  ws.getRow(2).getCell(8).value = 99.6;
  ws.getRow(3).getCell(8).value = '九十五';
  const edited = test.info().outputPath('edited.xlsx');
  await wb.xlsx.writeFile(edited);

  await page.getByLabel('选择要导入的 Excel 表格').setInputFiles(edited);
  await expect(page.getByRole('alert')).toContainText('有 1 行不符合要求，未作任何改动');
  await expect(page.getByRole('alert')).toContainText('第3行：目标值不是数字。');

  ws.getRow(3).getCell(8).value = 96;
  await wb.xlsx.writeFile(edited);
  await page.getByLabel('选择要导入的 Excel 表格').setInputFiles(edited);
  await expect(page.getByRole('status').filter({ hasText: '修改 2 个指标，新增 0 个，6 个未变' })).toBeVisible();
  await expect(page.getByRole('row', { name: /学前教育毛入园率/ }).getByRole('button', { name: /^目标值/ })).toHaveText('99.6');
});

test('a target without a 牵头单位 of its own shows its item’s in the 指标总表, and one typed there is its own', async ({ page, request, host }) => {
  const planId = await openPlan(page, request, host, {
    document: doc([
      { level: 1, text: '扩优提质' },
      { level: 3, text: '新建幼儿园10所。', uid: '55555555-5555-4555-8555-555555555555', units: { lead: ['基础教育科'], responsible: ['各县市区教育局'] } },
    ]),
  });
  await api(request, host, 'targets.create', { planId, name: '新建幼儿园', unit: '所', target: 10, itemUids: ['55555555-5555-4555-8555-555555555555'] });
  await page.goto(`${host.origin}/plans/${planId}/indicators?token=${host.token}`);
  const row = page.getByRole('row', { name: /新建幼儿园/ });
  const lead = row.getByRole('button', { name: /^牵头单位/ });
  await expect(lead).toHaveText('基础教育科');
  await expect(lead.locator('.muted')).toHaveAttribute('title', /取自所属条目的牵头单位/);

  await lead.click();
  const input = row.getByRole('textbox', { name: '牵头单位' });
  await expect(input).toHaveValue('');
  await input.fill('发展规划科');
  await input.press('Enter');
  await expect(lead).toHaveText('发展规划科');
  await expect(lead.locator('.muted')).toHaveCount(0);
});

test('历年 shows the same indicator in each year’s plan with its target and latest value, and leads to the other year’s table', async ({ page, request, host }) => {
  const p24 = await api(request, host, 'plans.create', { year: 2024, title: '2024年全县教育工作要点' });
  const p25 = await api(request, host, 'plans.create', { year: 2025, title: '2025年全县教育工作要点' });
  const t24 = await api(request, host, 'targets.create', { planId: p24.id, name: '学前教育毛入园率', unit: '%', baseline: 97, baselineYear: 2023, target: 98 });
  await api(request, host, 'targets.create', { planId: p25.id, name: '学前教育毛入园率', unit: '%', baseline: 98.2, baselineYear: 2024, target: 99 });
  await api(request, host, 'progress.set', { targetId: t24.id, period: '2024-Q4', value: 98.3 });

  await page.goto(`${host.origin}/plans/${p25.id}/indicators?token=${host.token}`);
  await page.getByRole('button', { name: '“学前教育毛入园率”的历年目标' }).click();
  const dialog = page.getByRole('dialog', { name: '历年目标：学前教育毛入园率' });
  const rows = dialog.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveText(/2024\s*2024年全县教育工作要点\s*97（2023年）\s*≥ 98%\s*.*98\.3%\s*（2024年第四季度）/);
  await expect(rows.nth(1)).toContainText('2025年全县教育工作要点 （本表）');
  await expect(rows.nth(1)).toContainText('≥ 99%');
  await expect(rows.nth(1)).toContainText('未填报');
  await page.screenshot({ path: test.info().outputPath('indicator-history.png') });

  await dialog.getByRole('link', { name: '2024年全县教育工作要点' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('2024年全县教育工作要点 · 1 个指标')).toBeVisible();
  await expect(page.getByRole('row', { name: /学前教育毛入园率/ }).getByRole('button', { name: /^目标值/ })).toHaveText('98');
});
