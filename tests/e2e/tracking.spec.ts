import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { TOKEN_HEADER } from '../../shared/api/contract';
import { doc } from './documents';
import { expect, nodeBinary, test, type Host } from './fixtures';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Seeded {
  planId: string;
  targets: Record<'bases' | 'netService' | 'schools' | 'myopia' | 'alliances', number>;
}

/** A 2025 plan with five targets linked to items (and `more` others), and values for Q1 and Q2, written into the host's database. */
function seed(host: Host, more = 0): Seeded {
  const extra = more ? ['--targets', String(more)] : [];
  const out = execFileSync(nodeBinary(), [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'tests/e2e/seed-tracking.ts', host.dbPath, '--values', ...extra], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return JSON.parse(out) as Seeded;
}

const at = (host: Host, p: string) => `${host.origin}${p}${p.includes('?') ? '&' : '?'}token=${host.token}`;

const row4Note = (page: Page) => page.locator('td.col-note').nth(3);

async function tile(page: Page, status: string) {
  return page.locator(`.dash-tile[data-status="${status}"] .dash-tile-count`);
}

test('values entered in the 填报 grid change the 看板 counts and charts, and an item opens in the editor', async ({ page, host }) => {
  const { planId } = seed(host);

  // The plan page links to both pages.
  await page.goto(at(host, `/plans/${planId}`));
  await expect(page.getByRole('link', { name: '看板' })).toHaveAttribute('href', new RegExp(`/plans/${planId}/dashboard`));
  await page.getByRole('link', { name: '填报' }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${planId}/progress`));

  // Before: at the end of Q3 only Q1 and Q2 are in.
  await page.goto(at(host, `/plans/${planId}/dashboard?date=2025-09-30`));
  await expect(page.getByRole('heading', { name: '看板：泰安市教育局2025年工作要点', level: 1 })).toBeVisible();
  await expect(await tile(page, '滞后')).toHaveText('4');
  await expect(await tile(page, '逾期')).toHaveText('1');
  await expect(await tile(page, '已完成')).toHaveText('0');
  const basesChart = page.locator('figure.indicator-chart', { hasText: '首课教育基地' });
  await expect(basesChart.locator('.indicator-chart-canvas')).toHaveAttribute('aria-label', '首课教育基地：2025年第一季度 10个，2025年第二季度 20个；目标 ≥50个');
  await expect(basesChart.locator('svg')).toBeVisible();

  // 填报 the third quarter from the keyboard.
  await page.goto(at(host, `/plans/${planId}/progress?period=2025-Q3`));
  const grid = page.getByRole('grid', { name: '2025年第三季度填报' });
  await expect(grid).toBeVisible();
  await grid.locator('td.col-value').first().click();
  const status = page.getByRole('status').filter({ hasText: /保存|未保存/ });
  await page.keyboard.type('约九成'); // not a number: refused, the text stays
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('首课教育基地（2025年第三季度）：“约九成”不是数字。未保存，请改为数字。');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('已保存：首课教育基地（2025年第三季度）= 30个');
  await page.keyboard.type('88');
  await page.keyboard.press('Tab');
  await page.keyboard.type('秋季学期统计');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('幼儿园招生“一网通办”覆盖率（2025年第三季度）备注已保存');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('11');
  await page.keyboard.press('Enter');
  await page.keyboard.type('51.2');
  await page.keyboard.press('Enter');
  await page.keyboard.type('2');
  await page.keyboard.press('Escape'); // cancelled: nothing saved for 市域产教联合体
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('市域产教联合体（2025年第三季度）= 2个，当前状态：已完成');

  // A Chinese IME composition in a selected cell replaces its text, as typing does.
  await row4Note(page).click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'dabiao', selectionStart: 6, selectionEnd: 6 });
  await cdp.send('Input.insertText', { text: '已达序时进度' });
  await page.keyboard.press('Enter');
  await expect(status).toContainText('儿童青少年近视率（2025年第三季度）备注已保存');

  // Saved on the server: a reload shows the values, with who and when on hover.
  await page.reload();
  const row = (name: string) => grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });
  await expect(row('首课教育基地').locator('td.col-value')).toHaveText('30');
  await expect(row('幼儿园招生').locator('td.col-value')).toHaveText('88');
  await expect(row('幼儿园招生').locator('td.col-note')).toHaveText('秋季学期统计');
  await expect(row('新建改扩建中小学').locator('td.col-value')).toHaveText('11');
  await expect(row('市域产教联合体').locator('td.col-value')).toHaveText('2');
  await expect(row('儿童青少年近视率').locator('td.col-note')).toHaveText('已达序时进度');
  await expect(row('新建改扩建中小学').locator('td.col-value')).toHaveAttribute('title', /于 \d{4}年\d+月\d+日 \d\d:\d\d 填报/);
  await expect(row('新建改扩建中小学')).toContainText('已完成');

  // After: the counts and the chart follow.
  await page.goto(at(host, `/plans/${planId}/dashboard?date=2025-09-30`));
  await expect(await tile(page, '已完成')).toHaveText('2');
  await expect(await tile(page, '正常推进')).toHaveText('2');
  await expect(await tile(page, '滞后')).toHaveText('1');
  await expect(await tile(page, '逾期')).toHaveText('0');
  await expect(basesChart.locator('.indicator-chart-canvas')).toHaveAttribute('aria-label', '首课教育基地：2025年第一季度 10个，2025年第二季度 20个，2025年第三季度 30个；目标 ≥50个');
  await expect(page.locator('figure.indicator-chart')).toHaveCount(1);

  // Looking back at the end of Q2 the Q3 values do not count.
  await page.getByRole('button', { name: '二季度末' }).click();
  await expect(page).toHaveURL(/date=2025-06-30/);
  await expect(await tile(page, '已完成')).toHaveText('0');

  // The 滞后 item opens in the editor at that item.
  await page.getByRole('button', { name: '三季度末' }).click();
  const trouble = page.getByRole('region', { name: '滞后和逾期的条目' });
  await expect(trouble.getByRole('row')).toHaveCount(2);
  await trouble.getByRole('link', { name: /建立50个首课教育基地/ }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${planId}\\?item=item-1&token=`));
});

test('a unit’s 填报表 goes out as .xlsx and comes back with its values applied and problems listed', async ({ page, host }) => {
  const { planId, targets } = seed(host);
  await page.goto(at(host, `/plans/${planId}/progress?period=2025-Q3`));
  await page.getByRole('button', { name: '导出填报表' }).click();
  const dialog = page.getByRole('dialog', { name: '导出填报表' });
  await dialog.getByLabel('单位').selectOption('各区县教育局');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出' }).click()]);
  expect(download.suggestedFilename()).toBe('各区县教育局-2025年第三季度填报表.xlsx');
  const file = path.join(path.dirname(host.dbPath), download.suggestedFilename());
  await download.saveAs(file);

  // The unit fills it in Excel.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('填报表')!;
  expect(ws.getCell('A5').value).toBe(targets.netService);
  ws.getCell('J5').value = 88.5;
  ws.getCell('K5').value = '含民办园';
  ws.getCell('J6').value = '五十一';
  await wb.xlsx.writeFile(file);

  await page.locator('input[type=file]').setInputFiles(file);
  const result = page.getByRole('dialog', { name: '填报表导入结果' });
  await expect(result).toContainText('导入 1 个数值');
  await expect(result.getByRole('list', { name: '未导入的内容' })).toHaveText('第6行“2025年第三季度”：“五十一”不是数字。该值未导入。');
  await result.getByRole('button', { name: '完成' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /幼儿园招生/ }) });
  await expect(row.locator('td.col-value')).toHaveText('88.5');
  await expect(row.locator('td.col-note')).toHaveText('含民办园');
  fs.rmSync(file, { force: true });
});

test('the 看板 exports the 落实情况报告 as of its date, as Word and as PDF', async ({ page, host }) => {
  const { planId } = seed(host);
  await page.goto(at(host, `/plans/${planId}/dashboard?date=2025-09-30`));
  await page.getByRole('button', { name: '导出落实情况报告' }).click();
  const dialog = page.getByRole('dialog', { name: '导出落实情况报告' });
  await expect(dialog).toContainText('2025年第三季度工作要点落实情况');
  await expect(dialog).toContainText('截至2025年9月30日');

  const [docx] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出 Word' }).click()]);
  expect(docx.suggestedFilename()).toBe('泰安市教育局2025年第三季度工作要点落实情况.docx');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '已导出落实情况报告' })).toContainText('已导出落实情况报告：泰安市教育局2025年第三季度工作要点落实情况.docx。');
  const xml = strFromU8(unzipSync(fs.readFileSync(await docx.path()))['word/document.xml']!);
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  expect(text).toContain('2025年第三季度工作要点落实情况截至2025年9月30日，《泰安市教育局2025年工作要点》共5项指标');
  expect(text).toContain('一、坚持立德树人，加强思想政治教育');
  for (const status of ['滞后', '逾期']) expect(text).toContain(status);

  // A later date on the 看板 is the report's date.
  await page.getByRole('button', { name: '二季度末' }).click();
  await page.getByRole('button', { name: '导出落实情况报告' }).click();
  await expect(dialog).toContainText('2025年第二季度工作要点落实情况');
  const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: '导出 PDF' }).click()]);
  expect(pdf.suggestedFilename()).toBe('泰安市教育局2025年第二季度工作要点落实情况.pdf');
  const file = await pdf.path();
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const printed = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(printed).toContain('2025年第二季度工作要点落实情况');
  expect(printed).toContain('截至2025年6月30日');
});

test('the 填报 grid of 405 targets draws the rows in view, and the arrow keys carry the cursor far down the plan', async ({ page, host, request }) => {
  const { planId } = seed(host, 400);
  await page.goto(at(host, `/plans/${planId}/progress?period=2025-Q3`));
  const grid = page.getByRole('grid', { name: '2025年第三季度填报' });
  await expect(grid).toHaveAttribute('aria-rowcount', '406');
  const drawn = grid.locator('tbody tr[aria-rowindex]');
  await expect(drawn.first()).toBeVisible();
  expect(await drawn.count()).toBeLessThan(60);

  // 100 rows down from the first, typing the value there.
  await grid.locator('td.col-value').first().click();
  for (let i = 0; i < 100; i++) await page.keyboard.press('ArrowDown');
  const active = grid.locator('tr.grid-row-active');
  await expect(active).toHaveAttribute('aria-rowindex', '102');
  await expect(active).toBeInViewport();
  // The row header holds the name, then its units on a line of their own.
  const name = await active.getByRole('rowheader').evaluate((th) => th.firstChild!.textContent!.trim());
  await page.keyboard.type('42');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toContainText(`已保存：${name}（2025年第三季度）= 42个`);
  await expect(grid.locator('tr.grid-row-active')).toHaveAttribute('aria-rowindex', '103');
  expect(await drawn.count()).toBeLessThan(80);
  // The row with its value is as tall as the empty rows around it: the grid stays a grid.
  const height = (i: number) => grid.locator(`tr[aria-rowindex="${i}"]`).evaluate((tr) => Math.round(tr.getBoundingClientRect().height));
  expect(await height(102)).toBe(await height(104));

  const res = await request.post(`${host.origin}/api/progress.grid`, { headers: { [TOKEN_HEADER]: host.token }, data: { id: planId, period: '2025-Q3' } });
  const rows = (await res.json()).result.rows as { name: string; cell: { value: number } | null }[];
  expect(rows[100]).toMatchObject({ name, cell: { value: 42 } });

  // Ctrl+End and Ctrl+Home go to the last and the first row; PageDown moves a screenful.
  await page.keyboard.press('Control+End');
  await expect(grid.locator('tr.grid-row-active')).toHaveAttribute('aria-rowindex', '406');
  await expect(grid.locator('tr.grid-row-active')).toBeInViewport();
  await page.keyboard.press('Control+Home');
  await expect(grid.locator('tr.grid-row-active')).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('PageDown');
  expect(Number(await grid.locator('tr.grid-row-active').getAttribute('aria-rowindex'))).toBeGreaterThan(6);
  await expect(grid.locator('tr.grid-row-active')).toBeInViewport();

  // The end of the page holds the last target.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(grid.locator('tr[aria-rowindex="406"]')).toBeVisible();
  await expect(grid.locator('tr[aria-rowindex="406"]').getByRole('rowheader')).toContainText(rows[404]!.name);
});

test('without 牵头单位 or 责任单位 the 看板 and the 填报 say where to fill them in', async ({ page, host, request }) => {
  const call = async (method: string, data: unknown) => {
    const r = await request.post(`${host.origin}/api/${method}`, { headers: { [TOKEN_HEADER]: host.token }, data });
    const body = await r.json();
    expect(body.ok, JSON.stringify(body)).toBe(true);
    return body.result;
  };
  const plan = await call('plans.create', { year: 2025, title: '泰安市教育局2025年工作要点', organ: '泰安市教育局' });
  const uid = '33333333-3333-4333-8333-333333333333';
  await call('plans.saveDocument', { id: plan.id, document: doc([{ level: 1, text: '扩优提质' }, { level: 3, text: '新建幼儿园10所。', uid }]) });
  await call('targets.create', { planId: plan.id, name: '新建幼儿园', unit: '所', target: 10, comparator: '≥', deadline: '2025-12-31', itemUids: [uid] });

  await page.goto(at(host, `/plans/${plan.id}/dashboard?date=2025-09-30`));
  const byUnit = page.getByRole('region', { name: '按责任单位' });
  await expect(byUnit).toContainText('条目和指标都还没有填写牵头单位或责任单位。在正文右侧的“条目信息”中填写后，这里按单位统计。');
  await expect(byUnit.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('region', { name: '按部分' }).getByRole('row', { name: /一、扩优提质/ })).toBeVisible();

  await page.goto(at(host, `/plans/${plan.id}/progress?period=2025-Q3`));
  const sheet = page.getByRole('button', { name: '导出填报表' });
  await expect(sheet).toBeDisabled();
  await expect(sheet).toHaveAttribute('title', /还没有填写牵头单位或责任单位/);
});
