// 预览 and 导出 PDF: the preview shows the pages of the PDF the service prints (the same count as the
// downloaded file), zooms, follows a save, and the PDF export dialog lists the 字体检查.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { TOKEN_HEADER } from '../../shared/api/contract';
import { expect, test, type Host } from './fixtures';

const text = (t: string) => [{ type: 'text', version: 1, text: t, format: 0, style: '', mode: 'normal', detail: 0 }];
const base = { version: 1, direction: null, format: '', indent: 0 };
const SENTENCE = '深入学习贯彻党的二十大精神，全面落实立德树人根本任务，推动教育高质量发展，新建改扩建中小学11所、幼儿园10所。';

/** A plan document of `items` items (about three lines each) under sections of five. */
function planDocument(items: number) {
  const children: object[] = [{ type: 'paragraph', ...base, textFormat: 0, textStyle: '', children: text('总体要求：坚持以习近平新时代中国特色社会主义思想为指导。') }];
  for (let i = 0; i < items; i++) {
    if (i % 5 === 0) children.push({ type: 'plan-section', ...base, level: 1, uid: crypto.randomUUID(), children: text(`第${i / 5 + 1}方面重点工作`) });
    children.push({ type: 'plan-item', ...base, level: 3, uid: crypto.randomUUID(), units: { lead: [], responsible: [] }, deadline: '', children: text(`推进第${i + 1}项工作。${SENTENCE}${SENTENCE}`) });
  }
  return { root: { type: 'root', ...base, children } };
}

async function api(host: Host, request: import('@playwright/test').APIRequestContext, method: string, data: unknown) {
  const r = await request.post(`${host.origin}/api/${method}`, { headers: { [TOKEN_HEADER]: host.token }, data, timeout: 60_000 });
  const body = await r.json();
  expect(body.ok, JSON.stringify(body)).toBe(true);
  return body.result;
}

test('预览 shows the PDF pages, zooms, follows a save, and 导出 PDF downloads a file with the same pages', async ({ page, host, request }) => {
  test.setTimeout(120_000);
  const plan = await api(host, request, 'plans.create', { year: 2025, title: '泰安市教育局2025年工作要点', organ: '泰安市教育局' });
  await api(host, request, 'plans.saveDocument', { id: plan.id, document: planDocument(12) });

  await page.goto(`${host.origin}/plans/${plan.id}?token=${host.token}`);
  await page.getByRole('link', { name: '预览' }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/preview`));
  await expect(page.getByRole('heading', { name: '预览：泰安市教育局2025年工作要点' })).toBeVisible();

  const count = page.getByRole('status').filter({ hasText: /^共 \d+ 页$/ });
  await expect(count).toBeVisible({ timeout: 30_000 });
  const shown = Number((await count.textContent())!.match(/\d+/)![0]);
  const pdf = await api(host, request, 'export.pdf', { id: plan.id });
  expect(shown).toBe(pdf.pages);
  await expect(page.getByRole('img', { name: /^第 \d+ 页，共 \d+ 页$/ })).toHaveCount(shown);

  // A4 at 100 %: 210 mm wide = 793.7 CSS px; at 50 % half that.
  const first = page.getByRole('img', { name: `第 1 页，共 ${shown} 页` });
  const width = async () => (await first.boundingBox())!.width;
  expect(Math.abs((await width()) - 793.7)).toBeLessThan(1.5);
  await page.getByLabel('缩放比例').selectOption('0.5');
  await expect.poll(async () => Math.abs((await width()) - 396.9)).toBeLessThan(1);
  await page.getByRole('button', { name: '放大' }).click();
  await expect.poll(async () => Math.abs((await width()) - 595.3)).toBeLessThan(1);
  // The page is drawn: its canvas holds ink, not only white.
  const inked = await first.locator('canvas').evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i]! < 128) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(1000);

  // The 字体检查 lists the five roles.
  await page.getByRole('button', { name: /^字体检查/ }).click();
  await expect(page.getByRole('region', { name: '字体检查' }).getByRole('row')).toHaveCount(6);
  await page.screenshot({ path: 'test-results/preview-page.png' });

  // A save elsewhere (the editor, another window) re-lays the preview.
  await api(host, request, 'plans.saveDocument', { id: plan.id, document: planDocument(30) });
  await expect.poll(async () => Number(((await count.textContent()) ?? '').match(/\d+/)?.[0]), { timeout: 30_000 }).toBeGreaterThan(shown);
  const after = Number((await count.textContent())!.match(/\d+/)![0]);

  // 导出 PDF: the same dialog as Word, with the 字体检查; the file has the pages the preview shows.
  await page.getByRole('button', { name: '导出 PDF', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导出 PDF（公文格式）' });
  await expect(dialog.getByRole('region', { name: '字体检查' })).toBeVisible();
  await expect(dialog.getByRole('region', { name: '字体检查' })).toContainText('仿宋_GB2312');
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: '导出 PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('泰安市教育局2025年工作要点.pdf');
  const saved = await file.path();
  expect(fs.readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [saved], { encoding: 'utf8' }))![1]);
  expect(pages).toBe(after);
  await expect(dialog.getByText(`已导出：泰安市教育局2025年工作要点.pdf（${after} 页）`)).toBeVisible();
  await page.screenshot({ path: 'test-results/preview.png' });
});
