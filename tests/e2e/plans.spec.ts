import { TOKEN_HEADER } from '../../shared/api/contract';
import { blocksOf, clickEnd, doc, openPlan, waitSaved } from './documents';
import { expect, test } from './fixtures';

test('a plan created in the UI is still there after reload', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: '年度工作要点', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: '还没有工作要点' })).toBeVisible();

  await page.getByRole('button', { name: '新建第一份工作要点' }).click();
  const dialog = page.getByRole('dialog', { name: '新建工作要点' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('年度').fill('2026');
  await dialog.getByLabel('发文机关').fill('泰安市教育局');
  // The title follows year, organ and kind until the user types one.
  await expect(dialog.getByLabel('标题')).toHaveValue('泰安市教育局2026年工作要点');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();

  const link = page.getByRole('link', { name: '泰安市教育局2026年工作要点' });
  await expect(link).toBeVisible();

  await page.reload();
  await expect(link).toBeVisible();
  const row = page.getByRole('row', { name: /泰安市教育局2026年工作要点/ });
  await expect(row).toContainText('2026');
  await expect(row).toContainText('草稿');

  await link.click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}\?token=/);
  await expect(page.getByRole('heading', { name: '泰安市教育局2026年工作要点', level: 1 })).toBeVisible();
  await expect(page.getByTestId('plan-editor')).toBeVisible();

  // The plan's own address opens it on a fresh load.
  await page.reload();
  await expect(page.getByRole('heading', { name: '泰安市教育局2026年工作要点', level: 1 })).toBeVisible();
});

test('a new plan with an empty title is refused in Chinese and nothing typed is lost', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建第一份工作要点' }).click();
  const dialog = page.getByRole('dialog', { name: '新建工作要点' });
  await dialog.getByLabel('年度').fill('1999');
  await dialog.getByLabel('发文机关').fill('某某县教育和体育局');
  await dialog.getByLabel('标题').fill('   ');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog.getByText('年度不能早于 2000 年。')).toBeVisible();
  await expect(dialog.getByText('标题不能为空。')).toBeVisible();
  await expect(dialog.getByLabel('发文机关')).toHaveValue('某某县教育和体育局');

  await dialog.getByLabel('年度').fill('2026');

  await dialog.getByLabel('标题').fill('某某县2026年教育工作要点');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: '某某县2026年教育工作要点' })).toBeVisible();
});

test('修改信息 (title, organ, status), then delete to 回收站 and restore', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建第一份工作要点' }).click();
  const create = page.getByRole('dialog', { name: '新建工作要点' });
  await create.getByLabel('标题').fill('2026年工作要点（初稿）');
  await create.getByRole('button', { name: '创建' }).click();
  await expect(create).toBeHidden();

  // 修改信息: the title, and the organ left out at 新建, and the status as the draft moves on.
  await page.getByRole('button', { name: '修改“2026年工作要点（初稿）”的基本信息' }).click();
  const info = page.getByRole('dialog', { name: '修改基本信息' });
  await info.getByLabel('标题').fill('泰安市教育局2026年工作要点');
  await info.getByLabel('发文机关').fill('泰安市教育局');
  await info.getByLabel('状态').selectOption('征求意见稿');
  await info.getByLabel('年度').fill('');
  await info.getByRole('button', { name: '保存' }).click();
  await expect(info.getByText('请填写年度。')).toBeVisible();
  await info.getByLabel('年度').fill('2026');
  await info.getByRole('button', { name: '保存' }).click();
  await expect(info).toBeHidden();
  await expect(page.getByText('已将“2026年工作要点（初稿）”改为“泰安市教育局2026年工作要点”。')).toBeVisible();
  await expect(page.getByRole('link', { name: '泰安市教育局2026年工作要点' })).toBeVisible();
  await expect(page.getByRole('link', { name: '2026年工作要点（初稿）' })).toHaveCount(0);
  const listed = page.getByRole('row', { name: /泰安市教育局2026年工作要点/ });
  await expect(listed).toContainText('泰安市教育局');
  await expect(listed).toContainText('征求意见稿');

  // 删除: the confirmation says where the plan goes and for how long.
  await page.getByRole('button', { name: '删除“泰安市教育局2026年工作要点”' }).click();
  const confirm = page.getByRole('dialog', { name: '删除工作要点' });
  await expect(confirm).toContainText('回收站');
  await expect(confirm).toContainText('30 天');
  await confirm.getByRole('button', { name: '移到回收站' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('link', { name: '泰安市教育局2026年工作要点' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '还没有工作要点' })).toBeVisible();

  // 回收站 lists it with its purge date, and 恢复 brings it back.
  await page.getByRole('navigation').getByRole('link', { name: '回收站' }).click();
  await expect(page).toHaveURL(/\/trash\?token=/);
  const row = page.getByRole('row', { name: /泰安市教育局2026年工作要点/ });
  await expect(row).toContainText('彻底删除');
  await expect(row).toContainText(/将于\d{4}年\d{1,2}月\d{1,2}日彻底删除/);
  await row.getByRole('button', { name: /^恢复/ }).click();
  await expect(page.getByRole('heading', { name: '回收站是空的' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: '年度工作要点' }).click();
  await expect(page.getByRole('link', { name: '泰安市教育局2026年工作要点' })).toBeVisible();
});

test('a plan purged from 回收站 is gone for good after its own confirmation', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建第一份工作要点' }).click();
  const create = page.getByRole('dialog', { name: '新建工作要点' });
  await create.getByLabel('标题').fill('待清理的旧稿');
  await create.getByRole('button', { name: '创建' }).click();
  await page.getByRole('button', { name: '删除“待清理的旧稿”' }).click();
  await page.getByRole('dialog', { name: '删除工作要点' }).getByRole('button', { name: '移到回收站' }).click();

  await page.getByRole('navigation').getByRole('link', { name: '回收站' }).click();
  await page.getByRole('button', { name: '彻底删除“待清理的旧稿”' }).click();
  const confirm = page.getByRole('dialog', { name: '彻底删除' });
  await expect(confirm).toContainText('无法恢复');
  // Escape backs out without deleting.
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row', { name: /待清理的旧稿/ })).toBeVisible();

  await page.getByRole('button', { name: '彻底删除“待清理的旧稿”' }).click();
  await confirm.getByRole('button', { name: '彻底删除' }).click();
  await expect(page.getByRole('heading', { name: '回收站是空的' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '回收站是空的' })).toBeVisible();
});

test('设置 shows the data file the host was started with', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: '设置' }).click();
  await expect(page.getByRole('heading', { name: '设置与关于', level: 1 })).toBeVisible();
  await expect(page.getByLabel('数据文件位置')).toHaveValue(host.dbPath);
  await expect(page.getByText('浏览器模式')).toBeVisible();
});

test('the API refuses a call without the token', async ({ request, host }) => {
  const endpoint = `${host.origin}/api/plans.list`;
  const refused = await request.post(endpoint, { data: {} });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

  const wrong = await request.post(endpoint, { data: {}, headers: { [TOKEN_HEADER]: 'not-the-token' } });
  expect(wrong.status()).toBe(403);

  const allowed = await request.post(endpoint, { data: {}, headers: { [TOKEN_HEADER]: host.token } });
  expect(allowed.status()).toBe(200);
  expect(await allowed.json()).toEqual({ ok: true, result: [] });
});

test('each of a plan’s pages leads back to its text with the same link, and the text to the plan list', async ({ page, host, request }) => {
  const res = await request.post(`${host.origin}/api/plans.create`, { headers: { [TOKEN_HEADER]: host.token }, data: { year: 2025, title: '泰安市教育局2025年工作要点', organ: '泰安市教育局' } });
  const plan = (await res.json()).result as { id: string };
  await page.goto(`${host.origin}/plans/${plan.id}?token=${host.token}`);
  for (const [button, heading] of [
    ['指标总表', '指标总表'],
    ['填报', '填报：泰安市教育局2025年工作要点'],
    ['看板', '看板：泰安市教育局2025年工作要点'],
    ['预览', '预览：泰安市教育局2025年工作要点'],
  ] as const) {
    await page.getByRole('link', { name: button, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await page.getByRole('link', { name: '‹ 返回正文编辑' }).click();
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}\\?token=`));
    await expect(page.getByTestId('plan-editor')).toBeVisible();
  }
  await page.getByRole('link', { name: '‹ 年度工作要点' }).click();
  await expect(page.getByRole('heading', { name: '年度工作要点', level: 1 })).toBeVisible();
});

test('every page of a deleted plan, or of a mistyped address, says it is gone and leads to 回收站', async ({ page, host, request }) => {
  const post = (method: string, data: unknown) => request.post(`${host.origin}/api/${method}`, { headers: { [TOKEN_HEADER]: host.token }, data }).then((r) => r.json());
  const plan = (await post('plans.create', { year: 2025, title: '泰安市教育局2025年工作要点' })).result as { id: string };
  await post('plans.delete', { id: plan.id });
  for (const id of [plan.id, 'no-such-plan']) {
    for (const sub of ['', '/indicators', '/progress', '/dashboard', '/preview']) {
      await page.goto(`${host.origin}/plans/${id}${sub}?token=${host.token}`);
      await expect(page.getByRole('heading', { name: '找不到这份工作要点', level: 1 }), `${id}${sub}`).toBeVisible();
      await expect(page.getByText('它可能已被删除。删除的工作要点会在回收站保留 30 天。')).toBeVisible();
      await expect(page.getByRole('button', { name: '重试' })).toHaveCount(0);
    }
  }
  await page.getByRole('link', { name: '查看回收站' }).click();
  await expect(page.getByRole('row', { name: /泰安市教育局2025年工作要点/ })).toBeVisible();
});

test('修改信息 on the plan page changes the title line at once and keeps what was just typed', async ({ page, host, request }) => {
  await openPlan(page, request, host, { document: doc([{ level: 1, text: '擎旗定向' }, { level: 3, text: '巩固提升主题教育成果。' }]) });
  await clickEnd(blocksOf(page).nth(1));
  await page.keyboard.type('年内完成。');
  await page.getByRole('button', { name: '修改信息' }).click();
  const info = page.getByRole('dialog', { name: '修改基本信息' });
  await expect(info.getByLabel('年度')).toHaveValue('2024');
  await info.getByLabel('年度').fill('2025');
  await info.getByLabel('状态').selectOption('送审稿');
  await info.getByRole('button', { name: '保存' }).click();
  await expect(info).toBeHidden();
  const titleBar = page.locator('.plan-titlebar');
  await expect(titleBar).toContainText('2025 年度');
  await expect(titleBar).toContainText('送审稿');

  await waitSaved(page);
  await page.reload();
  await expect(blocksOf(page).nth(1)).toHaveText('巩固提升主题教育成果。年内完成。');
  await expect(page.locator('.plan-titlebar')).toContainText('2025 年度');
});
