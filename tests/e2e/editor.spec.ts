// The plan page around the structured editor: shortcuts, numbering, moves, Chinese input, autosave,
// paste and versions, driven in Chromium against the web host.
import type { Locator, Page } from '@playwright/test';
import { api, doc, openPlan } from './documents';
import { expect, test } from './fixtures';

const editorOf = (page: Page) => page.getByTestId('plan-editor');
const blocksOf = (page: Page) => editorOf(page).locator('[data-uid]');
const outlineOf = (page: Page) => page.getByTestId('outline-entry');
const saveStatusOf = (page: Page) => page.getByTestId('save-status');

/** The text of every 目录 entry, shortened to `length` characters. */
async function outlineTexts(page: Page, length = 12): Promise<string[]> {
  return (await outlineOf(page).allTextContents()).map((t) => t.trim().slice(0, length));
}

/** Expects the 目录 entries to begin with these texts, in this order. */
async function expectOutline(page: Page, prefixes: string[]): Promise<void> {
  await expect
    .poll(async () => (await outlineTexts(page, 40)).map((t, i) => (prefixes[i] !== undefined ? t.slice(0, prefixes[i]!.length) : t)))
    .toEqual(prefixes);
}

/** Puts the cursor at the end of the block holding `text`. */
async function clickEnd(block: Locator): Promise<void> {
  await block.click();
  await block.page().keyboard.press('End');
}

async function waitSaved(page: Page): Promise<void> {
  await expect(saveStatusOf(page)).toHaveText('已保存', { timeout: 10_000 });
}

test('a writer builds 一、（一）1. 2. with the keyboard and the numbers are drawn, not typed', async ({ page, request, host }) => {
  await openPlan(page, request, host);
  const editor = editorOf(page);
  await editor.click();
  await page.keyboard.press('Control+1');
  await page.keyboard.type('总体要求');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+2');
  await page.keyboard.type('学前教育');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+3');
  await page.keyboard.type('新建幼儿园10所。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('改扩建幼儿园5所。');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('完成选址。');

  await expectOutline(page, ['一、总体要求', '（一）学前教育', '1.新建幼儿园10所。', '2.改扩建幼儿园5所。', '（1）完成选址。']);
  await expect(outlineOf(page).nth(0)).toHaveAttribute('data-level', '1');
  await expect(outlineOf(page).nth(4)).toHaveAttribute('data-level', '4');

  // The editor's text is only what was typed: no number inside it.
  const blocks = blocksOf(page);
  await expect(blocks).toHaveCount(5);
  expect(await blocks.evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()))).toEqual([
    '总体要求',
    '学前教育',
    '新建幼儿园10所。',
    '改扩建幼儿园5所。',
    '完成选址。',
  ]);
  expect(await blocks.evaluateAll((els) => els.map((e) => e.getAttribute('data-level')))).toEqual(['1', '2', '3', '3', '4']);

  // Shift+Tab makes the subitem an item again: it becomes 3.
  await page.keyboard.press('Shift+Tab');
  await expectOutline(page, ['一、', '（一）', '1.', '2.', '3.完成选址。']);
  // The section counts its items.
  await expect(outlineOf(page).nth(0)).toContainText('3 条');
});

test('switching 编号方式 restarts the items under each section and back', async ({ page, request, host }) => {
  await openPlan(page, request, host, {
    document: doc([
      { level: 1, text: '擎旗定向' },
      { level: 3, text: '巩固提升主题教育成果。' },
      { level: 3, text: '加强教育系统党的建设。' },
      { level: 1, text: '育人为本' },
      { level: 3, text: '深化首课思政负责制。' },
      { level: 3, text: '实施学生体质健康强健行动。' },
    ]),
  });
  await expectOutline(page, ['一、', '1.', '2.', '二、', '3.深化', '4.实施']);

  const mode = page.getByLabel('编号方式');
  await expect(mode).toHaveValue('continuous');
  await mode.selectOption({ label: '分部分编号（规划常用）' });
  await expectOutline(page, ['一、', '1.', '2.', '二、', '1.深化', '2.实施']);

  // The setting belongs to the plan: it is still there after a reload.
  await page.reload();
  await expect(page.getByLabel('编号方式')).toHaveValue('restart');
  await expectOutline(page, ['一、', '1.', '2.', '二、', '1.深化', '2.实施']);

  await page.getByLabel('编号方式').selectOption({ label: '连续编号（工作要点常用）' });
  await expectOutline(page, ['一、', '1.', '2.', '二、', '3.深化', '4.实施']);
});

test('moving a block with Alt+Up and by dragging in 目录 renumbers everything', async ({ page, request, host }) => {
  await openPlan(page, request, host, {
    document: doc([
      { level: 1, text: '擎旗定向' },
      { level: 3, text: '甲项工作。' },
      { level: 3, text: '乙项工作。' },
      { level: 3, text: '丙项工作。' },
      { level: 1, text: '育人为本' },
      { level: 3, text: '丁项工作。' },
    ]),
  });
  await expectOutline(page, ['一、擎旗定向', '1.甲', '2.乙', '3.丙', '二、育人为本', '4.丁']);

  await clickEnd(blocksOf(page).filter({ hasText: '丙项工作。' }));
  await page.keyboard.press('Alt+ArrowUp');
  await expectOutline(page, ['一、擎旗定向', '1.甲', '2.丙', '3.乙', '二、育人为本', '4.丁']);
  // The cursor stays in the moved block: typing goes on at its end.
  await page.keyboard.type('（已调整）');
  await expect(blocksOf(page).nth(2)).toHaveText('丙项工作。（已调整）');

  // Drag section 二、 above section 一、: its item comes along.
  const second = outlineOf(page).filter({ hasText: '育人为本' });
  await second.dragTo(outlineOf(page).first(), { targetPosition: { x: 40, y: 3 } });
  await expectOutline(page, ['一、育人为本', '1.丁', '二、擎旗定向', '2.甲', '3.丙', '4.乙']);
  expect(await blocksOf(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim().slice(0, 4)))).toEqual([
    '育人为本',
    '丁项工作',
    '擎旗定向',
    '甲项工作',
    '丙项工作',
    '乙项工作',
  ]);

  await waitSaved(page);
  await page.reload();
  await expectOutline(page, ['一、育人为本', '1.丁', '二、擎旗定向', '2.甲', '3.丙', '4.乙']);
});

test('Chinese typed with an IME lands exactly once, in an empty item and right after its number', async ({ page, request, host }) => {
  await openPlan(page, request, host, {
    document: doc([
      { level: 1, text: '总体要求' },
      { level: 3, text: '' },
      { level: 3, text: '要点落实。' },
    ]),
  });
  const cdp = await page.context().newCDPSession(page);
  const compose = async (steps: string[], result: string) => {
    for (const s of steps) await cdp.send('Input.imeSetComposition', { text: s, selectionStart: s.length, selectionEnd: s.length });
    await cdp.send('Input.insertText', { text: result });
  };

  // An empty item: the first thing typed into it.
  await blocksOf(page).nth(1).click();
  await compose(['g', 'go', 'gong', 'gongz', 'gongzuo'], '工作');
  await expect(blocksOf(page).nth(1)).toHaveText('工作');
  await compose(['ji', 'jihua'], '计划');
  await expect(blocksOf(page).nth(1)).toHaveText('工作计划');

  // Right after the number of an item with text: the start of its text.
  await blocksOf(page).nth(2).click();
  await page.keyboard.press('Home');
  await compose(['j', 'jia', 'jiaq', 'jiaqiang'], '加强');
  await expect(blocksOf(page).nth(2)).toHaveText('加强要点落实。');

  await expectOutline(page, ['一、总体要求', '1.工作计划', '2.加强要点落实。']);
  expect(await blocksOf(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()))).toEqual([
    '总体要求',
    '工作计划',
    '加强要点落实。',
  ]);

  await waitSaved(page);
  await page.reload();
  await expectOutline(page, ['一、总体要求', '1.工作计划', '2.加强要点落实。']);
});

test('everything typed, its levels and its units are there after a reload', async ({ page, request, host }) => {
  await openPlan(page, request, host);
  await editorOf(page).click();
  await page.keyboard.press('Control+1');
  await page.keyboard.type('扩优提质');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+3');
  await page.keyboard.type('推动学前教育优质普惠。成立市学前教育管理中心。');

  // 条目信息: units from the catalogue or typed, and a deadline.
  const panel = page.getByRole('complementary', { name: '条目信息' });
  await expect(panel).toContainText('推动学前教育优质普惠。');
  const lead = panel.getByLabel('牵头单位');
  await lead.fill('基础教育科');
  await lead.press('Enter');
  const responsible = panel.getByLabel('责任单位');
  await responsible.fill('各县市区教育和体育局');
  await responsible.press('Enter');
  await panel.getByLabel('完成时限').fill('2024年底前');
  await panel.getByLabel('完成时限').press('Enter');

  const item = outlineOf(page).nth(1);
  await expect(item).toContainText('基础教育科');
  await expect(item).toContainText('各县市区教育和体育局');
  await waitSaved(page);

  await page.reload();
  await expect(blocksOf(page)).toHaveCount(2);
  expect(await blocksOf(page).evaluateAll((els) => els.map((e) => [e.getAttribute('data-level'), (e as HTMLElement).innerText.trim()]))).toEqual([
    ['1', '扩优提质'],
    ['3', '推动学前教育优质普惠。成立市学前教育管理中心。'],
  ]);
  await expectOutline(page, ['一、扩优提质', '1.推动学前教育优质普惠。']);
  await expect(outlineOf(page).nth(1)).toContainText('基础教育科');
  await expect(outlineOf(page).nth(1)).toContainText('各县市区教育和体育局');
  await expect(outlineOf(page).nth(1)).toContainText('2024年底前');

  await blocksOf(page).nth(1).click();
  await expect(panel.getByRole('button', { name: '移除牵头单位“基础教育科”' })).toBeVisible();
  await expect(panel.getByLabel('完成时限')).toHaveValue('2024年底前');

  // The new names joined the catalogue: another item can pick them.
  const saved = await api(request, host, 'units.list', {});
  expect(saved).toEqual(expect.arrayContaining(['基础教育科', '各县市区教育和体育局']));
});

test('pasted text with 一、（一）1. markers becomes sections and items', async ({ page, request, host }) => {
  await openPlan(page, request, host);
  await editorOf(page).click();
  const text = '一、总体要求\n（一）学前教育\n1.新建幼儿园10所。\n2.改扩建幼儿园5所，新增学位3000个。\n（二）义务教育\n3.新建改扩建中小学11所。';
  await editorOf(page).evaluate((el, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);

  await expectOutline(page, ['一、总体要求', '（一）学前教育', '1.新建幼儿园10所。', '2.改扩建幼儿园5所', '（二）义务教育', '3.新建改扩建中小学11所。']);
  // The markers became numbers: the text no longer holds them.
  const texts = await blocksOf(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));
  expect(texts).toContain('新建幼儿园10所。');
  expect(texts.some((t) => /^(一、|（一）|1\.)/.test(t))).toBe(false);
  await expect(outlineOf(page).first()).toContainText('3 条');
});

test('a named version can be taken and restored after the text changed', async ({ page, request, host }) => {
  await openPlan(page, request, host, {
    document: doc([
      { level: 1, text: '强化保障' },
      { level: 3, text: '改善学校办学条件。' },
    ]),
  });
  await page.getByRole('button', { name: '保存版本' }).click();
  const dialog = page.getByRole('dialog', { name: '保存版本' });
  await expect(dialog.getByLabel('版本名称')).toHaveValue(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 版本$/);
  await dialog.getByLabel('版本名称').fill('征求意见前');
  await dialog.getByRole('button', { name: '保存版本' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已保存版本“征求意见前”。')).toBeVisible();

  await clickEnd(blocksOf(page).nth(1));
  await page.keyboard.type('新建改扩建中小学11所。');
  await expect(blocksOf(page).nth(1)).toHaveText('改善学校办学条件。新建改扩建中小学11所。');
  await waitSaved(page);

  await page.getByRole('button', { name: '版本记录' }).click();
  const versions = page.getByRole('dialog', { name: '版本记录' });
  await versions.getByRole('button', { name: '恢复“征求意见前”' }).click();
  const confirm = page.getByRole('dialog', { name: '恢复版本' });
  await confirm.getByRole('button', { name: '恢复' }).click();
  await expect(versions).toBeHidden();
  await expect(blocksOf(page).nth(1)).toHaveText('改善学校办学条件。');
  await expect(saveStatusOf(page)).toHaveText('已保存');

  // The text before the restore was kept as a version of its own.
  await page.getByRole('button', { name: '版本记录' }).click();
  await expect(page.getByRole('dialog', { name: '版本记录' })).toContainText('恢复“征求意见前”之前的自动备份');
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(blocksOf(page).nth(1)).toHaveText('改善学校办学条件。');
});

test('when saving fails nothing typed is lost: 重试 saves it, and a reopened plan offers it back', async ({ page, request, host }) => {
  await openPlan(page, request, host, { document: doc([{ level: 1, text: '强化保障' }, { level: 3, text: '规范学校办学行为。' }]) });
  await page.route('**/api/plans.saveDocument', (route) => route.abort('connectionrefused'));

  await clickEnd(blocksOf(page).nth(1));
  await page.keyboard.type('巩固双减成果。');
  await expect(saveStatusOf(page)).toHaveText(/^保存失败：.+/, { timeout: 10_000 });
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();

  // The page is closed while the service is unreachable; the text waits in the local copy.
  await page.reload();
  await expect(blocksOf(page).nth(1)).toHaveText('规范学校办学行为。');
  await page.unroute('**/api/plans.saveDocument');
  await page.getByRole('button', { name: '恢复未保存的内容' }).click();
  await expect(blocksOf(page).nth(1)).toHaveText('规范学校办学行为。巩固双减成果。');
  await waitSaved(page);

  await page.reload();
  await expect(blocksOf(page).nth(1)).toHaveText('规范学校办学行为。巩固双减成果。');
  await expect(page.getByRole('button', { name: '恢复未保存的内容' })).toHaveCount(0);
});

test('重试 saves a document the service refused a moment ago', async ({ page, request, host }) => {
  await openPlan(page, request, host, { document: doc([{ level: 3, text: '维护教育系统安全稳定。' }]) });
  let refuse = true;
  await page.route('**/api/plans.saveDocument', (route) => (refuse ? route.abort('connectionrefused') : route.continue()));
  await clickEnd(blocksOf(page).first());
  await page.keyboard.type('开展安全隐患排查。');
  await expect(saveStatusOf(page)).toHaveText(/^保存失败：/, { timeout: 10_000 });
  refuse = false;
  await page.getByRole('button', { name: '重试' }).click();
  await waitSaved(page);
  const outline = await api(request, host, 'outline.list', { id: page.url().split('/plans/')[1]!.split('?')[0]! });
  expect(outline[0]?.text).toBe('维护教育系统安全稳定。开展安全隐患排查。');
});
