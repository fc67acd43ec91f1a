// Paste into the structured editor: marked text, Word's HTML, and a paste too large for one go.
import { blocksOf, doc, editorOf, expectOutline, openPlan, outlineOf, pasteInto } from './documents';
import { expect, test } from './fixtures';

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

test('a paste from Word keeps its text and its structure and drops its fonts and colours', async ({ page, request, host }) => {
  await openPlan(page, request, host);
  await editorOf(page).click();
  const html = `<html><body>
<h1 style="mso-outline-level:1"><span style="font-family:黑体;color:red">重点任务</span></h1>
<p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">1.<span>&nbsp;&nbsp; </span></span><b><span style="font-size:16pt">推进学前教育</span></b>普及普惠发展。（责任单位：基础教育科）</p>
<p class=MsoNormal style="text-indent:32pt"><span style="color:#333;font-family:仿宋">学前三年毛入园率达到90%以上。</span></p>
</body></html>`;
  await pasteInto(page, { 'text/html': html, 'text/plain': '重点任务\n1.推进学前教育普及普惠发展。\n学前三年毛入园率达到90%以上。' });
  await expectOutline(page, ['一、重点任务', '1.推进学前教育普及普惠发展。']);
  await expect(outlineOf(page).nth(1)).toContainText('基础教育科');
  const editor = editorOf(page);
  await expect(editor).toContainText('学前三年毛入园率达到90%以上。');
  // Nothing of the source's look came along.
  expect(await editor.evaluate((el) => el.querySelectorAll('b, strong, [style*="color"], [style*="font"]').length)).toBe(0);
});

test('a 10 MB paste is refused with a message, the text is untouched and typing goes on', async ({ page, request, host }) => {
  await openPlan(page, request, host, { document: doc([{ level: 3, text: '原有条目。' }]) });
  await blocksOf(page).first().click();
  await page.keyboard.press('End');
  await editorOf(page).evaluate((el) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', '一、总体要求\n' + '新建幼儿园10所，改扩建中小学11所。'.repeat(580_000));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText(/^要粘贴的内容约有 \d+ 万字，超过了一次粘贴的上限（30 万字），没有粘贴。/)).toBeVisible();
  await expect(blocksOf(page)).toHaveCount(1);
  await page.keyboard.type('继续输入。');
  await expect(blocksOf(page).first()).toHaveText('原有条目。继续输入。');
});
