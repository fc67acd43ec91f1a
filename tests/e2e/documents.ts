// Plans for the editor tests: created through the API (with the host's token), optionally with
// a document in the shapes the editor writes, then opened at /plans/<id>.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { TOKEN_HEADER, type MethodInput, type MethodName, type MethodOutput } from '../../shared/api/contract';
import type { DocumentLike } from '../../shared/outline/document';
import { parseStructuredText } from '../../shared/outline/markers';
import { doc, type BlockSpec } from '../unit/helpers/doc';
import { expect, type Host } from './fixtures';

export { doc, type BlockSpec };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function api<M extends MethodName>(
  request: APIRequestContext,
  host: Host,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const response = await request.post(`${host.origin}/api/${method}`, { data: input, headers: { [TOKEN_HEADER]: host.token } });
  const body = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.result as MethodOutput<M>;
}

export interface OpenPlanOptions {
  title?: string;
  year?: number;
  kind?: '工作要点' | '工作思路' | '规划';
  document?: DocumentLike;
}

/** Creates a plan (with its document, if given) and opens it; resolves with its id once the editor is there. */
export async function openPlan(page: Page, request: APIRequestContext, host: Host, options: OpenPlanOptions = {}): Promise<string> {
  const plan = await api(request, host, 'plans.create', {
    year: options.year ?? 2024,
    title: options.title ?? '泰安市教育局2024年工作要点',
    organ: '泰安市教育局',
    kind: options.kind,
  });
  if (options.document) await api(request, host, 'plans.saveDocument', { id: plan.id, document: options.document as never });
  await page.goto(`${host.origin}/plans/${plan.id}?token=${host.token}`);
  await expect(page.getByTestId('plan-editor')).toBeVisible();
  return plan.id;
}

/** The 2024 work points of 泰安市 (seed 002): the preamble, 7 sections and 23 items, units on a few. */
export function seedDocument(): DocumentLike {
  const text = readFileSync(path.join(repoRoot, 'tests/fixtures/seeds/002_eb413db6c3da201b.txt'), 'utf8');
  const body = text.slice(text.indexOf('2024年,全市教育工作的总体思路'), text.indexOf('信息来源'));
  const units: Record<number, Pick<BlockSpec, 'units' | 'deadline'>> = {
    1: { units: { lead: ['组织人事科'], responsible: ['机关党委'] }, deadline: '2024年底前' },
    2: { units: { lead: ['机关党委'], responsible: ['各县市区教育和体育局'] } },
    8: { units: { lead: ['基础教育科'], responsible: ['各县市区教育和体育局'] }, deadline: '2024年9月底前' },
    20: { units: { lead: ['发展规划科'], responsible: ['基础教育科', '计划财务科'] }, deadline: '2024年底前' },
  };
  let item = 0;
  return doc(
    parseStructuredText(body).map((line) => {
      if (line.level === 3) item++;
      return { level: line.level, text: line.text, ...(line.level === 3 ? units[item] : {}) };
    }),
  );
}

export const editorOf = (page: Page) => page.getByTestId('plan-editor');
/** Every section and item element of the editor, in order. */
export const blocksOf = (page: Page) => editorOf(page).locator('[data-uid]');
export const outlineOf = (page: Page) => page.getByTestId('outline-entry');
export const saveStatusOf = (page: Page) => page.getByTestId('save-status');

/** The text of every 目录 entry, shortened to `length` characters. */
export async function outlineTexts(page: Page, length = 12): Promise<string[]> {
  return (await outlineOf(page).allTextContents()).map((t) => t.trim().slice(0, length));
}

/** Expects the 目录 entries to begin with these texts, in this order. */
export async function expectOutline(page: Page, prefixes: string[]): Promise<void> {
  await expect
    .poll(async () => (await outlineTexts(page, 40)).map((t, i) => (prefixes[i] !== undefined ? t.slice(0, prefixes[i]!.length) : t)))
    .toEqual(prefixes);
}

/** The text of every section and item in the editor (what was typed: no numbers). */
export async function blockTexts(page: Page): Promise<string[]> {
  return blocksOf(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));
}

/** Puts the cursor at the end of a block. */
export async function clickEnd(block: Locator): Promise<void> {
  await block.click();
  await block.page().keyboard.press('End');
}

export async function waitSaved(page: Page): Promise<void> {
  await expect(saveStatusOf(page)).toHaveText('已保存', { timeout: 10_000 });
}

/** Dispatches a paste of these clipboard types into the editor, as Ctrl+V from another program does. */
export async function pasteInto(page: Page, data: Record<string, string>): Promise<void> {
  await editorOf(page).evaluate((el, items) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(items)) transfer.setData(type, value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}
