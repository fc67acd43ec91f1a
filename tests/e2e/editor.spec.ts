// The structured editor in Chromium against the web host: shortcuts, numbering, moves, Chinese
// input. Saving, versions and paste have their own specs (editor-save, editor-paste).
import { api, blocksOf, clickEnd, doc, editorOf, expectOutline, openPlan, outlineOf, seedDocument, waitSaved } from './documents';
import { expect, test } from './fixtures';

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

test('the toolbar does what the keys do, and Ctrl+Z / Ctrl+Y undo and redo a level change', async ({ page, request, host }) => {
  await openPlan(page, request, host, { document: doc([{ level: 0, text: '学前教育' }, { level: 0, text: '新建幼儿园10所。' }]) });
  const paragraphs = editorOf(page).locator(':scope > *');
  const toolbar = page.getByRole('toolbar', { name: '编辑工具栏' });
  await paragraphs.nth(0).click();
  await toolbar.getByRole('button', { name: /一级标题/ }).click();
  await paragraphs.nth(1).click();
  await toolbar.getByRole('button', { name: /^条目/ }).click();
  await expectOutline(page, ['一、学前教育', '1.新建幼儿园10所。']);
  await expect(toolbar.getByRole('button', { name: /^条目/ })).toHaveAttribute('aria-pressed', 'true');
  const uid = await blocksOf(page).nth(1).getAttribute('data-uid');

  await page.keyboard.press('Control+2');
  await expectOutline(page, ['一、学前教育', '（一）新建幼儿园10所。']);
  await page.keyboard.press('Control+z');
  await expectOutline(page, ['一、学前教育', '1.新建幼儿园10所。']);
  await page.keyboard.press('Control+y');
  await expectOutline(page, ['一、学前教育', '（一）新建幼儿园10所。']);
  await toolbar.getByRole('button', { name: '撤销' }).click();
  await expectOutline(page, ['一、学前教育', '1.新建幼儿园10所。']);
  await toolbar.getByRole('button', { name: '重做' }).click();
  await expectOutline(page, ['一、学前教育', '（一）新建幼儿园10所。']);
  await toolbar.getByRole('button', { name: '降级' }).click();
  await expectOutline(page, ['一、学前教育', '1.新建幼儿园10所。']);
  // Through all of it the block kept its uid (indicators linked to it stay linked).
  await expect(outlineOf(page).nth(1)).toHaveAttribute('data-uid', uid!);
  // The cursor never left the editor: typing goes on in the item.
  await page.keyboard.type('新增学位3000个。');
  await expect(blocksOf(page).nth(1)).toContainText('新增学位3000个。');
});

test('Backspace at the start of an item takes its number away, as in Word; a second Backspace joins it to the item above', async ({ page, request, host }) => {
  await openPlan(page, request, host, {
    document: doc([
      { level: 1, text: '总体要求' },
      { level: 3, text: '新建幼儿园10所，' },
      { level: 3, text: '改扩建幼儿园5所。' },
      { level: 3, text: '巩固双减成果。' },
    ]),
  });
  const children = editorOf(page).locator(':scope > *');
  const texts = () => children.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-label') ?? '¶'}${(e as HTMLElement).innerText.trim()}`));
  // A click on the 目录 line puts the cursor at the start of the item.
  await outlineOf(page).nth(2).locator('.outline-entry-main').click();
  await page.keyboard.press('Backspace');
  // The item is a body paragraph now, its words kept; the item after it is 2.
  await expectOutline(page, ['一、总体要求', '1.新建幼儿园10所，', '2.巩固双减成果。']);
  await expect.poll(texts).toEqual(['一、总体要求', '1.新建幼儿园10所，', '¶改扩建幼儿园5所。', '2.巩固双减成果。']);

  await page.keyboard.press('Backspace');
  await expect.poll(texts).toEqual(['一、总体要求', '1.新建幼儿园10所，改扩建幼儿园5所。', '2.巩固双减成果。']);
  // The cursor is where the two joined.
  await page.keyboard.type('同时');
  await expect.poll(texts).toEqual(['一、总体要求', '1.新建幼儿园10所，同时改扩建幼儿园5所。', '2.巩固双减成果。']);

  await waitSaved(page);
  await page.reload();
  await expectOutline(page, ['一、总体要求', '1.新建幼儿园10所，同时改扩建幼儿园5所。', '2.巩固双减成果。']);
});

test('End then Enter at once starts the next item after the text, even when the keys come faster than the caret moves', async ({ page, request, host }) => {
  await openPlan(page, request, host, { document: doc([{ level: 1, text: '总体要求' }, { level: 3, text: '新建幼儿园10所。' }]) });
  for (let i = 0; i < 6; i++) {
    // The cursor at the start of item 1, then End and Enter with no pause between them.
    await outlineOf(page).nth(1).locator('.outline-entry-main').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expectOutline(page, ['一、总体要求', '1.新建幼儿园10所。', '2.']);
    await expect(blocksOf(page).nth(1)).toHaveText('新建幼儿园10所。');
    await page.keyboard.press('Backspace'); // the empty item loses its number
    await page.keyboard.press('Backspace'); // and joins the item above
    await expectOutline(page, ['一、总体要求', '1.新建幼儿园10所。']);
    await expect(blocksOf(page)).toHaveCount(2);
  }
});

test('the lead sentence of each item is emphasised, drawn over the text without splitting it', async ({ page, request, host }) => {
  await openPlan(page, request, host, {
    document: doc([
      { level: 1, text: '擎旗定向' },
      { level: 3, text: '巩固提升主题教育成果。加强思想政治引领。' },
      { level: 3, text: '加强教育系统党的建设。落实党组织领导的校长负责制。' },
      { level: 3, text: '纵深推进全面从严治党' },
    ]),
  });
  const leads = () =>
    page.evaluate(() => [...(CSS.highlights.get('plan-lead') ?? new Set<AbstractRange>())].map((r) => (r as Range).toString()).sort());
  await expect.poll(leads).toEqual(['加强教育系统党的建设。', '巩固提升主题教育成果。'].sort());
  // Each item is still one run of text: the emphasis is not made by cutting text nodes.
  await expect(editorOf(page).locator('[data-lexical-text]')).toHaveCount(4);

  await clickEnd(blocksOf(page).nth(3));
  await page.keyboard.type('。严肃党内政治生活。');
  await expect.poll(leads).toContain('纵深推进全面从严治党。');
});

test('/plans/<id>?item=<uid> and a click in 目录 put the cursor in that item and bring it into view', async ({ page, request, host }) => {
  const id = await openPlan(page, request, host, { document: seedDocument() });
  const item = (await api(request, host, 'outline.list', { id })).find((o) => o.label === '20.')!;
  await page.goto(`${host.origin}/plans/${id}?item=${item.uid}&token=${host.token}`);
  const block = editorOf(page).locator(`[data-uid="${item.uid}"]`);
  await expect(block).toBeInViewport();
  await expect(outlineOf(page).filter({ hasText: /^20\./ })).toHaveClass(/outline-entry-active/);
  await expect(page.getByRole('complementary', { name: '条目信息' })).toContainText(item.lead);
  await page.keyboard.type('（重点）');
  await expect(block).toHaveText(new RegExp(`^（重点）${item.lead}`));

  // A click in 目录 jumps the same way.
  const third = (await api(request, host, 'outline.list', { id })).find((o) => o.label === '3.')!;
  await outlineOf(page).filter({ hasText: /^3\./ }).click();
  const target = editorOf(page).locator(`[data-uid="${third.uid}"]`);
  await expect(target).toBeInViewport();
  await page.keyboard.type('（牵头）');
  await expect(target).toHaveText(new RegExp(`^（牵头）${third.lead}`));
});

test('a shortcut pressed while composing changes nothing, and the composed text lands once', async ({ page, request, host }) => {
  await openPlan(page, request, host, { document: doc([{ level: 2, text: '学前教育' }, { level: 3, text: '' }]) });
  const cdp = await page.context().newCDPSession(page);
  await blocksOf(page).nth(0).click();
  await page.keyboard.press('Home');
  await cdp.send('Input.imeSetComposition', { text: 'pu', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: 'puji', selectionStart: 4, selectionEnd: 4 });
  // While an IME composes, the keys it receives still reach the page as keydown (isComposing).
  await editorOf(page).evaluate((el) => {
    for (const init of [
      { key: '1', code: 'Digit1', ctrlKey: true },
      { key: 'Tab', code: 'Tab' },
      { key: 'ArrowUp', code: 'ArrowUp', altKey: true },
    ]) {
      el.dispatchEvent(new KeyboardEvent('keydown', { ...init, isComposing: true, bubbles: true, cancelable: true }));
    }
  });
  await cdp.send('Input.insertText', { text: '普及' });
  await expect(blocksOf(page).nth(0)).toHaveText('普及学前教育');
  await expectOutline(page, ['（一）普及学前教育', '1.']);

  // A composition given up (Esc in the IME) leaves nothing behind; the next one lands.
  await blocksOf(page).nth(1).click();
  await cdp.send('Input.imeSetComposition', { text: 'xin', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.imeSetComposition', { text: '', selectionStart: 0, selectionEnd: 0 });
  await cdp.send('Input.imeSetComposition', { text: 'xinjian', selectionStart: 7, selectionEnd: 7 });
  await cdp.send('Input.insertText', { text: '新建' });
  await page.keyboard.type('幼儿园10所。');
  await expect(blocksOf(page).nth(1)).toHaveText('新建幼儿园10所。');
  await page.keyboard.press('Enter');
  await cdp.send('Input.imeSetComposition', { text: 'gai', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: '改' });
  await expectOutline(page, ['（一）普及学前教育', '1.新建幼儿园10所。', '2.改']);
  await waitSaved(page);
  await page.reload();
  await expectOutline(page, ['（一）普及学前教育', '1.新建幼儿园10所。', '2.改']);
});

test('a document holding content this version does not know is not opened for editing', async ({ page, request, host }) => {
  const stored = doc([{ level: 1, text: '主要目标' }]);
  stored.root.children!.push({ type: 'plan-chart', version: 1, rows: [['学前三年毛入园率', '90%']] });
  const plan = await api(request, host, 'plans.create', { year: 2026, title: '2026年工作要点' });
  await api(request, host, 'plans.saveDocument', { id: plan.id, document: stored as never });
  await page.goto(`${host.origin}/plans/${plan.id}?token=${host.token}`);
  await expect(page.getByRole('alert')).toContainText('不认识的内容（plan-chart）');
  await expect(editorOf(page)).toHaveCount(0);
});
