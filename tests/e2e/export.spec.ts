// 导出 Word from the plan page: the dialog with its fields and 格式检查, the one-click punctuation
// fix, and the downloaded .docx read back.
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { TOKEN_HEADER } from '../../shared/api/contract';
import { blocksOf, clickEnd, doc, openPlan, waitSaved, type BlockSpec } from './documents';
import { expect, test, type Host } from './fixtures';

const block = (type: string, level: number, text: string, extra: object = {}) => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  level,
  ...extra,
  children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
});

async function api(host: Host, request: import('@playwright/test').APIRequestContext, method: string, data: unknown) {
  const r = await request.post(`${host.origin}/api/${method}`, { headers: { [TOKEN_HEADER]: host.token }, data });
  const body = await r.json();
  expect(body.ok, JSON.stringify(body)).toBe(true);
  return body.result;
}

test('导出 Word: the dialog checks the format, fixes punctuation in one click and downloads the plan as .docx', async ({ page, host, request }) => {
  const plan = await api(host, request, 'plans.create', { year: 2025, title: '泰安市教育局2025年工作要点', organ: '泰安市教育局' });
  await api(host, request, 'plans.saveDocument', {
    id: plan.id,
    document: {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          block('plan-section', 1, '擎旗定向,坚持党对教育全面领导', { uid: '11111111-1111-4111-8111-111111111111' }),
          block('plan-item', 3, '巩固提升主题教育成果。坚定拥护"两个确立",坚决做到"两个维护"。', {
            uid: '22222222-2222-4222-8222-222222222222',
            units: { lead: ['组干科'], responsible: [] },
            deadline: '',
          }),
        ],
      },
    },
  });

  await page.goto(`${host.origin}/plans/${plan.id}?token=${host.token}`);
  await page.getByRole('button', { name: '导出 Word' }).click();
  const dialog = page.getByRole('dialog', { name: '导出 Word（公文格式）' });
  await expect(dialog).toBeVisible();

  // A new plan without a notice starts with the plain layout; choose the notice and fill it in.
  await expect(dialog.getByLabel('仅工作要点', { exact: true })).toBeChecked();
  await dialog.getByLabel('印发通知（红头文件，工作要点随文印发）', { exact: true }).check();
  await dialog.getByLabel('发文字号', { exact: true }).fill('泰教发[2025]第01号');
  await dialog.getByLabel('主送机关', { exact: true }).fill('各县市区教育和体育局');
  await dialog.getByLabel('发文机关（署名）', { exact: true }).fill('泰安市教育局');
  await dialog.getByLabel('成文日期', { exact: true }).fill('2025-03-26');

  const checks = dialog.getByRole('region', { name: '格式检查' });
  await expect(checks.getByText(/发文字号“泰教发\[2025\]第01号”格式不规范/)).toBeVisible();
  await expect(checks.getByText(/应写作“泰教发〔2025〕1号”/)).toBeVisible();
  // A finding about an item links into the plan at that item.
  const jumps = checks.getByRole('link', { name: '定位到条目' });
  await expect(jumps).toHaveCount(2);
  await expect(jumps.nth(1)).toHaveAttribute('href', new RegExp(`^/plans/${plan.id}\\?item=22222222-2222-4222-8222-222222222222&token=${host.token}$`));
  // A finding about a dialog field moves the focus there.
  await checks.getByRole('button', { name: '转到“发文字号”' }).click();
  await expect(dialog.getByLabel('发文字号', { exact: true })).toBeFocused();
  await dialog.getByLabel('发文字号', { exact: true }).fill('泰教发〔2025〕1号');
  await expect(checks.getByText(/格式不规范/)).toBeHidden();

  await checks.getByRole('button', { name: '一键修正标点' }).click();
  await expect(dialog.getByText(/已修正标点：2 段正文/)).toBeVisible();
  await expect(checks.getByText(/半角标点/)).toHaveCount(0);
  // The fix saved what was typed first: the fields are still there.
  await expect(dialog.getByLabel('发文字号', { exact: true })).toHaveValue('泰教发〔2025〕1号');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出 Word' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('泰安市教育局2025年工作要点.docx');
  await expect(dialog.getByText('已导出：泰安市教育局2025年工作要点.docx')).toBeVisible();
  const bytes = fs.readFileSync(await file.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  const parts = unzipSync(new Uint8Array(bytes));
  expect(strFromU8(parts['docProps/core.xml']!)).toContain('<dc:title>泰安市教育局2025年工作要点</dc:title>');
  const doc = strFromU8(parts['word/document.xml']!);
  expect(doc).toContain('泰教发〔2025〕1号');
  expect(doc).toContain('擎旗定向，坚持党对教育全面领导');
  expect(doc).toContain('坚定拥护“两个确立”，坚决做到“两个维护”。');

  // The settings are remembered for this plan.
  await dialog.getByRole('button', { name: '关闭' }).last().click();
  await page.reload();
  await page.getByRole('button', { name: '导出 Word' }).click();
  await expect(page.getByRole('dialog', { name: '导出 Word（公文格式）' }).getByLabel('发文字号', { exact: true })).toHaveValue('泰教发〔2025〕1号');
});

/** The text of the editor block holding the cursor, and whether the editor has the focus. */
const cursorBlock = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const node = window.getSelection()?.anchorNode ?? null;
    const el = node instanceof Element ? node : node?.parentElement;
    const editor = document.querySelector('[data-testid="plan-editor"]');
    const block = el?.closest('[data-testid="plan-editor"] > *');
    return { text: block?.textContent ?? null, focused: !!editor && editor.contains(document.activeElement) };
  });

test('a format finding about a body paragraph opens the editor with the cursor in that paragraph (?block=)', async ({ page, host, request }) => {
  const items: BlockSpec[] = Array.from({ length: 30 }, (_, i) => ({ level: 3, text: `推进第${i + 1}项重点工作。按计划完成年度任务。` }));
  const planId = await openPlan(page, request, host, {
    title: '泰安市教育局2025年工作要点',
    year: 2025,
    document: doc([
      { level: 0, text: '总体要求：坚持以习近平新时代中国特色社会主义思想为指导。' },
      { level: 1, text: '擎旗定向，坚持党对教育全面领导' },
      ...items,
      // Block 32, far down the page: half-width punctuation, a finding of its own.
      { level: 0, text: '各单位要结合实际,认真抓好落实.' },
    ]),
  });
  await page.getByRole('button', { name: '导出 Word' }).click();
  const dialog = page.getByRole('dialog', { name: '导出 Word（公文格式）' });
  const jump = dialog.getByRole('region', { name: '格式检查' }).getByRole('link', { name: '定位到第 33 段' });
  await expect(jump).toHaveAttribute('href', `/plans/${planId}?block=32&token=${host.token}`);
  await jump.click();

  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/plans/${planId}\\?block=32&token=`));
  await expect.poll(() => cursorBlock(page)).toEqual({ text: '各单位要结合实际,认真抓好落实.', focused: true });
  await expect(page.getByText('各单位要结合实际,认真抓好落实.')).toBeInViewport();

  // The same address typed or bookmarked opens the plan there too; a block that is gone is said so.
  await page.goto(`${host.origin}/plans/${planId}?block=0&token=${host.token}`);
  await expect.poll(() => cursorBlock(page)).toEqual({ text: '总体要求：坚持以习近平新时代中国特色社会主义思想为指导。', focused: true });
  await page.goto(`${host.origin}/plans/${planId}?block=99&token=${host.token}`);
  await expect(page.getByText('正文中没有第 100 段，它可能已被删除或合并。')).toBeVisible();
});

test('一键修正标点 shows in the editor at once, and the next edit saves on top of the fixed text', async ({ page, host, request }) => {
  await openPlan(page, request, host, {
    document: doc([
      { level: 1, text: '擎旗定向,坚持党对教育全面领导' },
      { level: 3, text: '巩固提升主题教育成果。坚定拥护"两个确立",坚决做到"两个维护"。' },
    ]),
  });
  await page.getByRole('button', { name: '导出 Word' }).click();
  const dialog = page.getByRole('dialog', { name: '导出 Word（公文格式）' });
  await dialog.getByRole('region', { name: '格式检查' }).getByRole('button', { name: '一键修正标点' }).click();
  await expect(dialog.getByText(/已修正标点：2 段正文/)).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).last().click();

  // The editor shows the fixed text without a reload ...
  const item = blocksOf(page).nth(1);
  await expect(item).toHaveText('巩固提升主题教育成果。坚定拥护“两个确立”，坚决做到“两个维护”。');
  await expect(blocksOf(page).nth(0)).toHaveText('擎旗定向，坚持党对教育全面领导');
  // ... and an edit afterwards is saved with it, not over it with the old punctuation.
  await clickEnd(item);
  await page.keyboard.type('年内完成。');
  await waitSaved(page);
  await page.reload();
  await expect(blocksOf(page).nth(1)).toHaveText('巩固提升主题教育成果。坚定拥护“两个确立”，坚决做到“两个维护”。年内完成。');
  await expect(blocksOf(page).nth(0)).toHaveText('擎旗定向，坚持党对教育全面领导');
});
