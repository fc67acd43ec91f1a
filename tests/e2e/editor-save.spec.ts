// Saving the structured editor's work: reload shows exactly what was typed, the item panel's units
// and deadline persist, named versions are taken and restored, a failed save loses nothing.
import { api, blocksOf, clickEnd, doc, editorOf, expectOutline, openPlan, outlineOf, saveStatusOf, seedDocument, waitSaved } from './documents';
import { expect, test } from './fixtures';

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

test('保存版本 from the keyboard: the name field has the focus with its text selected, a typed name and Enter save the version', async ({ page, request, host }) => {
  await openPlan(page, request, host, { document: doc([{ level: 3, text: '改善学校办学条件。' }]) });
  await clickEnd(blocksOf(page).nth(0));
  await page.getByRole('button', { name: '保存版本' }).click();
  const dialog = page.getByRole('dialog', { name: '保存版本' });
  await expect(dialog.getByLabel('版本名称')).toBeFocused();
  await page.keyboard.type('征求意见前');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已保存版本“征求意见前”。')).toBeVisible();
  // Focus goes back to the text, where the writer was.
  await page.keyboard.type('甲');
  await expect(blocksOf(page).nth(0)).toHaveText('改善学校办学条件。甲');
  await page.getByRole('button', { name: '版本记录' }).click();
  await expect(page.getByRole('dialog', { name: '版本记录' })).toContainText('征求意见前');
});

test('when saving fails nothing typed is lost: 重试 saves it, and a reopened plan offers it back', async ({ page, request, host }) => {
  await openPlan(page, request, host, { document: doc([{ level: 1, text: '强化保障' }, { level: 3, text: '规范学校办学行为。' }]) });
  // On the context, not the page: a save the page sends while it unloads is refused as well.
  await page.context().route('**/api/plans.saveDocument', (route) => route.abort('connectionrefused'));

  await clickEnd(blocksOf(page).nth(1));
  await page.keyboard.type('巩固双减成果。');
  await expect(saveStatusOf(page)).toHaveText(/^保存失败：.+/, { timeout: 10_000 });
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();

  // The page is closed while the service is unreachable; the text waits in the local copy.
  await page.reload();
  await expect(blocksOf(page).nth(1)).toHaveText('规范学校办学行为。');
  await page.context().unroute('**/api/plans.saveDocument');
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

test('opening a plan and moving the cursor writes nothing: the plan is not marked as changed', async ({ page, request, host }) => {
  const saves: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/plans.saveDocument')) saves.push(r.url());
  });
  const id = await openPlan(page, request, host, { document: seedDocument() });
  const before = (await api(request, host, 'plans.get', { id })).updatedAt;
  await blocksOf(page).nth(3).click();
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(1500); // longer than the autosave's quiet time
  expect(saves).toEqual([]);
  await expect(saveStatusOf(page)).toHaveText('已保存');
  expect((await api(request, host, 'plans.get', { id })).updatedAt).toBe(before);
});
