// Selections across blocks in Chromium: whole items selected with Shift+Down are cut, typed over
// and pasted as whole items; the heading or item after the selection is never touched.
import { blocksOf, clickEnd, doc, expectOutline, openPlan, waitSaved } from './documents';
import { expect, test } from './fixtures';

const PLAN = doc([
  { level: 1, text: '擎旗定向', uid: 's1' },
  { level: 3, text: '甲项工作。', uid: 'i1' },
  { level: 3, text: '乙项工作。', uid: 'i2' },
  { level: 3, text: '丙项工作。', uid: 'i3' },
  { level: 1, text: '育人为本', uid: 's2' },
  { level: 3, text: '丁项工作。', uid: 'i4' },
]);

const uidsOf = (page: import('@playwright/test').Page) => blocksOf(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-uid')));

test('two items selected with Shift+Down, cut and pasted before another item move whole; the heading after them stays', async ({ page, request, host }) => {
  await openPlan(page, request, host, { document: PLAN });
  await blocksOf(page).filter({ hasText: '乙项工作。' }).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+x');
  await expectOutline(page, ['一、擎旗定向', '1.甲', '二、育人为本', '2.丁']);
  expect(await uidsOf(page)).toEqual(['s1', 'i1', 's2', 'i4']);

  await blocksOf(page).filter({ hasText: '丁项工作。' }).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+v');
  await expectOutline(page, ['一、擎旗定向', '1.甲', '二、育人为本', '2.乙', '3.丙', '4.丁']);
  // The cut items keep their uids (their indicators stay linked); 丁 keeps its own.
  expect(await uidsOf(page)).toEqual(['s1', 'i1', 's2', 'i2', 'i3', 'i4']);

  await waitSaved(page);
  await page.reload();
  await expectOutline(page, ['一、擎旗定向', '1.甲', '二、育人为本', '2.乙', '3.丙', '4.丁']);
});

test('typing over items selected down to the next heading replaces them; the heading keeps its number', async ({ page, request, host }) => {
  await openPlan(page, request, host, { document: PLAN });
  await blocksOf(page).filter({ hasText: '乙项工作。' }).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.type('新的工作。');
  await expectOutline(page, ['一、擎旗定向', '1.甲', '2.新的工作。', '二、育人为本', '3.丁']);
  expect(await uidsOf(page)).toEqual(['s1', 'i1', 'i2', 's2', 'i4']);

  // Chinese through the IME over the same kind of selection.
  await clickEnd(blocksOf(page).filter({ hasText: '甲项工作。' }));
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowDown');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'jia', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.imeSetComposition', { text: '加强', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '加强' });
  await expectOutline(page, ['一、擎旗定向', '1.加强', '2.新的工作。', '二、育人为本', '3.丁']);
  await expect(blocksOf(page).nth(1)).toHaveText('加强');
});
