// 导入 and 生成下一年度草稿 through the real renderer, web host and SQLite file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { TOKEN_HEADER } from '../../shared/api/contract';
import { buildDocx, documentXml, numberingXml, stylesXml } from '../unit/import/helpers/docx';
import { expect, test, type Host } from './fixtures';

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/seeds');
const SEED_002 = path.join(seeds, '002_eb413db6c3da201b.txt');
const SEED_003 = path.join(seeds, '003_3bf94dc3a89a6442.txt');
const TITLE_2024 = '中共泰安市委教育工委 泰安市教育局2024年工作要点';

async function api<T>(page: Page, host: Host, method: string, input: unknown): Promise<T> {
  const r = await page.request.post(`${host.origin}/api/${method}`, { headers: { [TOKEN_HEADER]: host.token }, data: input });
  const body = (await r.json()) as { ok: boolean; result: T; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message);
  return body.result;
}

async function chooseFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles(file);
}

test('a seed .txt chosen in the file chooser is previewed, a dropped line restored, and 导入 opens the new plan', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '导入已有文件' }).click();
  const dialog = page.getByRole('dialog', { name: '导入工作要点' });
  await expect(dialog).toBeVisible();
  await chooseFile(page, SEED_002);

  // What was recognised: counts, the structure with the plan's numbers, the notice, the dropped lines.
  const counts = dialog.getByRole('list', { name: '识别结果' });
  await expect(counts).toContainText('一级标题7');
  await expect(counts).toContainText('条目23');
  await expect(counts).toContainText('删去6行');
  const tree = dialog.getByRole('list', { name: '正文结构' });
  await expect(tree.getByRole('listitem')).toHaveCount(31); // the opening paragraph, 7 sections, 23 items
  await expect(tree.getByRole('listitem').nth(1)).toContainText('一、擎旗定向,坚持党对教育全面领导');
  await expect(tree.getByRole('listitem').nth(2)).toContainText('1.巩固提升主题教育成果。');
  await expect(tree.getByRole('listitem').last()).toContainText('23.');
  await expect(dialog).toContainText('泰教发〔2024〕1号');
  await expect(dialog).toContainText('2024年3月26日');
  // The notice's own paragraph is kept: 导出 prints it under 主送机关.
  await expect(dialog).toContainText('通知正文（导入后作为印发通知的正文，导出时可修改）现将《中共泰安市委教育工委 泰安市教育局2024年工作要点》印发你们');
  await expect(dialog.getByLabel('标题')).toHaveValue(TITLE_2024);
  await expect(dialog.getByLabel('年度')).toHaveValue('2024');
  const dropped = dialog.getByRole('list', { name: '删去的内容' });
  await expect(dropped.getByRole('listitem')).toHaveCount(6);
  await expect(dropped).toContainText('网页标题（与通知标题重复）');
  await expect(dropped).toContainText('Produced By 大汉网络 大汉版通发布系统');
  await expect(dropped.getByRole('listitem').nth(2)).toContainText('网页页脚');

  // 恢复 puts the footer line back at the end of the document; the preview says so.
  await dialog.getByRole('button', { name: '恢复第 89 行：信息来源:泰安市教育局' }).click();
  await expect(dropped.getByRole('listitem')).toHaveCount(5);
  await expect(counts).toContainText('删去5行');
  const restored = tree.locator('li', { hasText: '已恢复' });
  await expect(restored).toHaveCount(1);
  await expect(restored).toContainText('信息来源:泰安市教育局');
  await expect(tree.getByRole('listitem').last()).toContainText('信息来源:泰安市教育局');
  await expect(dialog.getByRole('list', { name: '已恢复的内容' })).toContainText('第 89 行');
  expect(await api<unknown[]>(page, host, 'plans.list', {})).toEqual([]); // nothing saved yet

  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}\?token=/);
  await expect(page.getByRole('heading', { name: TITLE_2024, level: 1 })).toBeVisible();

  const id = new URL(page.url()).pathname.split('/').pop()!;
  const plan = await api<{ year: number; notice: { docNumber: string }; document: unknown }>(page, host, 'plans.get', { id });
  expect(plan.year).toBe(2024);
  expect(plan.notice.docNumber).toBe('泰教发〔2024〕1号');
  expect(JSON.stringify(plan.document)).toContain('信息来源:泰安市教育局');
  const outline = await api<{ level: number; label: string }[]>(page, host, 'outline.list', { id });
  expect(outline.filter((o) => o.level === 3).map((o) => o.label)).toEqual(Array.from({ length: 23 }, (_, i) => `${i + 1}.`));
});

test('a Word .docx with automatic numbering and a 专栏 table shows its items and indicators before import', async ({ page, host }) => {
  const bytes = buildDocx({
    document: documentXml([
      { text: '某县教育局2025年工作要点' },
      { text: '总体要求', numId: 1, ilvl: 0 },
      { text: '加强党的建设。（责任科室：组干科、机关党委）', numId: 2, ilvl: 0 },
      { text: '主要目标', numId: 1, ilvl: 0 },
      { text: '专栏一 主要目标' },
      { rows: [['指标名称', '2024年', '2025年', '属性'], ['基础教育', '', '', ''], ['学前教育毛入园率(%)', '98.9', '99', '预期性'], ['九年义务教育巩固率(%)', '99.6', '100', '约束性']] },
      { text: '提高教育质量。', numId: 2, ilvl: 0 },
    ]),
    numbering: numberingXml(),
    styles: stylesXml(),
  });
  await page.goto(host.url);
  await page.getByRole('button', { name: '导入已有文件' }).click();
  const dialog = page.getByRole('dialog', { name: '导入工作要点' });
  await chooseFile(page, { name: '2025年工作要点.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(bytes) });
  const counts = dialog.getByRole('list', { name: '识别结果' });
  await expect(counts).toContainText('一级标题2');
  await expect(counts).toContainText('条目2');
  await expect(counts).toContainText('指标2');
  await expect(counts).toContainText('删去0段');
  await expect(dialog).toContainText('Word 文档');
  const tree = dialog.getByRole('list', { name: '正文结构' });
  await expect(tree.getByRole('listitem').nth(1)).toContainText('1.加强党的建设。');
  await expect(tree.getByRole('listitem').nth(1)).toContainText('责任单位：组干科、机关党委');
  const table = dialog.getByRole('table', { name: '专栏一 主要目标' });
  await expect(table.getByRole('row')).toHaveCount(4); // header, 基础教育, two indicators
  await expect(table.getByRole('row').nth(2)).toContainText('学前教育毛入园率%98.999预期性');
  await expect(tree.getByRole('listitem').last()).toContainText('2.提高教育质量。');
});

test('生成下一年度草稿 makes the 2025 draft of a 2024 plan and opens it', async ({ page, host }) => {
  const source = { kind: 'file', fileName: '002.txt', base64: fs.readFileSync(SEED_002).toString('base64') };
  await api(page, host, 'import.commit', { source });
  await page.goto(host.url);
  await page.getByRole('button', { name: `由“${TITLE_2024}”生成下一年度草稿` }).click();
  const confirm = page.getByRole('dialog', { name: '生成下一年度草稿' });
  await expect(confirm).toContainText('生成 2025 年的工作要点草稿');
  await confirm.getByRole('button', { name: '生成 2025 年草稿' }).click();

  const next = '中共泰安市委教育工委 泰安市教育局2025年工作要点';
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}\?token=/);
  await expect(page.getByRole('heading', { name: next, level: 1 })).toBeVisible();
  await expect(page.locator('.plan-meta')).toContainText('2025 年度');

  await page.getByRole('link', { name: '‹ 年度工作要点' }).click();
  const rows = page.getByRole('row');
  await expect(rows.nth(1)).toContainText(next);
  await expect(rows.nth(1)).toContainText('草稿');
  await expect(rows.nth(2)).toContainText(TITLE_2024);

  // Asked again, the dialog says a 2025 plan is already there.
  await page.getByRole('button', { name: `由“${TITLE_2024}”生成下一年度草稿` }).click();
  await expect(confirm.getByRole('note')).toHaveText(`已有 2025 年度的“${next}”。再生成一份草稿，列表中会有两份 2025 年度的工作要点。`);
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(rows).toHaveCount(3);
});

test('pasted Traditional text is offered 繁体转简体, and the converted title is imported', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '导入已有文件' }).click();
  const dialog = page.getByRole('dialog', { name: '导入工作要点' });
  await dialog.getByRole('tab', { name: '粘贴文本' }).click();
  await dialog.getByLabel('粘贴的文本').fill(fs.readFileSync(path.join(seeds, '000_ec4a56ec879bd467.txt'), 'utf8'));
  await dialog.getByRole('button', { name: '识别结构' }).click();

  await expect(dialog.getByRole('note')).toContainText('原文是繁体字');
  await expect(dialog.getByLabel('标题')).toHaveValue('xx市教育局2025年工作要點');
  await dialog.getByRole('button', { name: '转换为简体字' }).click();
  await expect(dialog.getByRole('note')).toContainText('已转换为简体字');
  await expect(dialog.getByLabel('标题')).toHaveValue('xx市教育局2025年工作要点');
  const counts = dialog.getByRole('list', { name: '识别结果' });
  await expect(counts).toContainText('一级标题3');
  await expect(counts).toContainText('二级标题2');
  await expect(counts).toContainText('条目14');

  // The text typed is still there when the user goes back to it.
  await dialog.getByRole('button', { name: '修改粘贴的文本' }).click();
  await expect(dialog.getByLabel('粘贴的文本')).toHaveValue(/^xx市教育局2025年工作要點/);
  await dialog.getByRole('button', { name: '识别结构' }).click();
  await dialog.getByRole('button', { name: '转换为简体字' }).click();
  await dialog.getByLabel('年度').fill('2026');
  await dialog.getByLabel('标题').fill('xx市教育局2026年工作要点（征求意见稿）');
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'xx市教育局2026年工作要点（征求意见稿）', level: 1 })).toBeVisible();
  await expect(page.locator('.plan-meta')).toContainText('2026 年度');
});

test('a file that is not a document is refused in Chinese inside the dialog and nothing is saved', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '导入已有文件' }).click();
  const dialog = page.getByRole('dialog', { name: '导入工作要点' });
  const png = Buffer.alloc(4096, 0);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await chooseFile(page, { name: '照片.png', mimeType: 'image/png', buffer: png });
  await expect(dialog.getByRole('alert')).toHaveText('这个文件不是文本文件，也不是 Word（.docx）文档，无法导入。');
  // The user can pick another file at once.
  await chooseFile(page, SEED_002);
  await expect(dialog.getByRole('list', { name: '识别结果' })).toContainText('条目23');
  await dialog.getByRole('button', { name: '取消', exact: true }).click();
  await expect(dialog).toBeHidden();
  expect(await api<unknown[]>(page, host, 'plans.list', {})).toEqual([]);
});

test('取消 stops a preview that is taking long, and the dialog is ready for another file', async ({ page, host }) => {
  await page.goto(host.url);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/import.preview', async (route) => {
    await held;
    await route.continue().catch(() => {}); // the browser may have dropped the request already
  });
  await page.getByRole('button', { name: '导入已有文件' }).click();
  const dialog = page.getByRole('dialog', { name: '导入工作要点' });
  await chooseFile(page, SEED_002);
  await expect(dialog.getByRole('status')).toContainText('正在识别');
  await dialog.getByRole('button', { name: '取消', exact: true }).first().click();
  await expect(dialog.getByRole('status')).toHaveCount(0);
  release();
  await page.waitForTimeout(300);
  await expect(dialog.getByRole('heading', { name: '正文结构' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: '选择文件…' })).toBeEnabled();
  expect(await api<unknown[]>(page, host, 'plans.list', {})).toEqual([]);
});

test('查看删去的内容 scrolls the side column to them, and the dialog keeps its title in view', async ({ page, host }) => {
  // A large screen, and 003 with its 请核对 box: the dialog's own box could be scrolled too.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(host.url);
  await page.getByRole('button', { name: '导入已有文件' }).click();
  const dialog = page.getByRole('dialog', { name: '导入工作要点' });
  await chooseFile(page, SEED_003);
  await expect(dialog.getByRole('list', { name: '删去的内容' }).getByRole('listitem')).toHaveCount(6);

  await dialog.getByRole('button', { name: '查看删去的内容' }).click();
  const side = dialog.locator('.import-col-side');
  await expect.poll(() => side.evaluate((col) => Math.round(document.getElementById('import-dropped')!.getBoundingClientRect().top - col.getBoundingClientRect().top))).toBeLessThan(4);
  expect(await dialog.evaluate((d) => d.scrollTop)).toBe(0);
  await expect(dialog.getByRole('heading', { name: '导入工作要点' })).toBeInViewport();
});
