// Import figures: a ~60 KB text (the 杏花岭 plan seed, 58 KB, with its notice and table; and the same
// with the 004 seed after it, 68 KB) parsed, previewed and saved as a plan, and a ~5 MB .docx written
// the way Word writes (every run with its properties, automatic numbering, an indicator table) read,
// previewed and saved. Each also through the API as the dialog calls it: import.preview (base64 in,
// structure tree out) and import.commit (the same source read again, then saved).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { createDispatcher, type Dispatcher } from '../../electron/api/dispatcher';
import { openServices } from '../../electron/services/index';
import { previewCounts } from '../../shared/import/preview-tree';
import { performance } from 'node:perf_hooks';
import { openBrowserSession } from './browser';
import { report, summarize, timeItWithCpu } from './measure';

const root = path.resolve(import.meta.dirname, '../..');

/** Deterministic text that compresses like real prose (not a loop of the same phrases). */
function prose(seed: number, length: number): string {
  let x = seed * 2654435761 + 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += i % 17 === 16 ? '，' : String.fromCharCode(0x4e00 + (x % 2500));
  }
  return out + '。';
}

/** One run as Word writes it: fonts, size, language, and a revision id. */
function wordRun(text: string, i: number): string {
  return `<w:r w:rsidR="00${(1000 + (i % 9000)).toString(16).toUpperCase()}A1"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman" w:hint="eastAsia"/><w:spacing w:val="-5"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
}

function paragraph(text: string, i: number, num?: { id: number; lvl: number }): string {
  const numPr = num ? `<w:numPr><w:ilvl w:val="${num.lvl}"/><w:numId w:val="${num.id}"/></w:numPr>` : '';
  const pieces = text.match(/.{1,40}/g) ?? [''];
  return `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6"><w:pPr>${numPr}<w:spacing w:line="579" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="630"/></w:pPr>${pieces.map((p, k) => wordRun(p, i * 7 + k)).join('')}</w:p>`;
}

/** A long plan as a .docx of about `targetBytes`, with numbered sections and items and a table. */
export function generateDocx(targetBytes: number): { bytes: Uint8Array; items: number } {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
  const table = `<w:p><w:r><w:t>专栏一 主要目标</w:t></w:r></w:p><w:tbl>${[['指标名称', '2024年', '2025年', '属性'], ['学前教育毛入园率(%)', '98.9', '99', '预期性'], ['九年义务教育巩固率(%)', '99.6', '100', '约束性']]
    .map((r) => `<w:tr>${r.map((c) => `<w:tc><w:p><w:r><w:t>${c}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`)
    .join('')}</w:tbl>`;
  const build = (count: number) => {
    const parts: string[] = [paragraph('总体要求：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针。', 0), table];
    for (let i = 0; i < count; i++) {
      if (i % 25 === 0) parts.push(paragraph(`第${i / 25 + 1}方面重点工作`, i, { id: 1, lvl: 0 }));
      parts.push(paragraph(`推进第${i + 1}项工作。${prose(i, 160)}`, i, { id: 2, lvl: 0 }));
    }
    return zip(parts, numbering, W);
  };
  // Size a sample, then build once at the size that reaches the target.
  const perItem = build(1000).length / 1000;
  const items = Math.ceil(targetBytes / perItem);
  return { bytes: build(items), items };
}

function zip(parts: string[], numbering: string, W: string): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${parts.join('')}<w:sectPr/></w:body></w:document>`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': strToU8(document),
      'word/numbering.xml': strToU8(numbering),
    },
    { level: 6 },
  );
}

/** Runs the API calls the dialog makes and fails loudly on a refusal. */
async function apiTime(d: Dispatcher, method: 'import.preview' | 'import.commit', input: unknown): Promise<number> {
  const t0 = performance.now();
  const r = await d.dispatch(method, input);
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return ms;
}

async function apiTimes(d: Dispatcher, method: 'import.preview' | 'import.commit', input: unknown, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await apiTime(d, method, input));
  return out;
}

export async function run(): Promise<void> {
  // Other processes on the same cores stretch every wall-clock figure: say how busy the machine was.
  const load = () => (fs.existsSync('/proc/loadavg') ? fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0] : '?');
  console.log(`import figures, machine load average ${load()} on ${os.availableParallelism()} cores`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-bench-'));
  const s = openServices({ dbPath: path.join(dir, 'bench.db'), mode: 'cli' });
  const api = createDispatcher(s);
  try {
    const seed = (name: string) => fs.readFileSync(path.join(root, 'tests/fixtures/seeds', name));
    const text = seed('003_3bf94dc3a89a6442.txt');
    const importText = (bytes: Uint8Array) => () => s.importer.commit(s.importer.preview(bytes, '003.txt').preview);
    importText(text)(); // warm-up: the first run loads the converter and compiles the regexes
    const t1 = timeItWithCpu(20, importText(text));
    report(`import ${Math.round(text.length / 1024)} KB text: parse + preview + save (ms)`, t1, 200, `${text.length} bytes, 77 outline rows, 8 indicators; CPU median ${t1.cpuMedian.toFixed(1)} ms`);
    const longer = Buffer.concat([text, Buffer.from('\n'), seed('004_040c62a2e4fea6de.txt')]);
    const t2 = timeItWithCpu(20, importText(longer));
    report(`import ${Math.round(longer.length / 1024)} KB text: parse + preview + save (ms)`, t2, 200, `${longer.length} bytes: 003 then 004; CPU median ${t2.cpuMedian.toFixed(1)} ms`);

    const textSource = { kind: 'file', fileName: '003.txt', base64: text.toString('base64') };
    report(`API import.preview, ${Math.round(text.length / 1024)} KB text (ms)`, summarize(await apiTimes(api, 'import.preview', { source: textSource }, 20)), 200, 'base64 in, tree out, both checked by zod');
    report(`API import.commit, ${Math.round(text.length / 1024)} KB text (ms)`, summarize(await apiTimes(api, 'import.commit', { source: textSource, restore: [3] }, 20)), 200, 'read again with one restored line, then saved');

    const { bytes, items } = generateDocx(5 * 1024 * 1024);
    const importDocx = () => s.importer.commit(s.importer.preview(bytes, 'big.docx').preview);
    const c = previewCounts(s.importer.preview(bytes, 'big.docx').preview);
    const shape = `${items} numbered paragraphs read as ${c.sections} sections, ${c.items} items (numbers over 999 stay text), ${c.paragraphs} paragraphs`;
    const t3 = timeItWithCpu(3, importDocx);
    report('import 5 MB .docx: unzip + parse + preview + save (ms)', t3, 3000, `${(bytes.length / 1024 / 1024).toFixed(1)} MB docx: ${shape}; CPU median ${t3.cpuMedian.toFixed(0)} ms`);
    const docxSource = { kind: 'file', fileName: 'big.docx', base64: Buffer.from(bytes).toString('base64') };
    const evict = () => api.dispatch('import.preview', { source: textSource }); // another file: the .docx must be read afresh
    const cold: number[] = [];
    const again: number[] = [];
    const commit: number[] = [];
    for (let i = 0; i < 3; i++) {
      await evict();
      cold.push(await apiTime(api, 'import.preview', { source: docxSource }));
      again.push(await apiTime(api, 'import.preview', { source: docxSource, restore: [3] }));
      commit.push(await apiTime(api, 'import.commit', { source: docxSource, restore: [3] }));
    }
    const b64 = `${(docxSource.base64.length / 1024 / 1024).toFixed(1)} MB of base64`;
    report('API import.preview, 5 MB .docx, first read (ms)', summarize(cold), 3000, b64);
    report('API import.preview, same .docx after 恢复 (ms)', summarize(again), 3000, 'lines kept from the first read');
    report('API import.commit, same .docx (ms)', summarize(commit), 3000, 'analysed again with the restored line, then saved');
    fs.writeFileSync(path.join(dir, 'big.docx'), bytes);
  } finally {
    s.close();
  }
  try {
    await browserFigures(path.join(root, 'tests/fixtures/seeds/003_3bf94dc3a89a6442.txt'), path.join(dir, 'big.docx'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** In Chromium, as the user waits: file chosen -> preview on screen; 恢复 clicked -> preview updated. */
async function browserFigures(textFile: string, docxFile: string): Promise<void> {
  const session = await openBrowserSession();
  if (!session) {
    console.log('import dialog figures skipped: run `npm run build:renderer` first');
    return;
  }
  const { page, url } = session;
  try {
    const choose = async (file: string) => {
      await page.goto(url.href);
      await page.getByRole('button', { name: /^导入/ }).first().click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: '选择文件…' }).click();
      const t0 = performance.now();
      await (await chooser).setFiles(file);
      await page.getByRole('list', { name: '正文结构' }).waitFor();
      return performance.now() - t0;
    };
    /** Each run reads `file` afresh: another file chosen before it takes the host's kept lines. */
    const previewShown = async (file: string, runs: number, other: string) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        await choose(other);
        times.push(await choose(file));
      }
      return summarize(times);
    };
    report('dialog: 58 KB .txt chosen -> preview on screen (ms)', await previewShown(textFile, 5, docxFile), 500, 'read, upload, analyse, render');
    const restores: number[] = [];
    for (let i = 0; i < 5; i++) {
      const button = page.getByRole('button', { name: /^恢复第/ }).first();
      const t0 = performance.now();
      await button.click();
      await page.getByRole('list', { name: '已恢复的内容' }).getByRole('listitem').nth(i).waitFor();
      restores.push(performance.now() - t0);
    }
    report('dialog: 恢复 clicked -> 58 KB preview updated (ms)', summarize(restores), 500);
    report('dialog: 5 MB .docx chosen -> preview on screen (ms)', await previewShown(docxFile, 3, textFile), 5000, 'includes reading 5 MB in the page and 6.6 MB of upload');
  } finally {
    await session.close();
  }
}
