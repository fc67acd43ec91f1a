// Import figures: a ~60 KB text (the 杏花岭 plan seed, 58 KB, with its notice and table) parsed, previewed and saved as a plan,
// and a ~5 MB .docx written the way Word writes (every run with its properties, automatic numbering,
// an indicator table) read, previewed and saved.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { openServices } from '../../electron/services/index';
import { report, timeIt } from './measure';

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

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandesk-bench-'));
  const s = openServices({ dbPath: path.join(dir, 'bench.db'), mode: 'cli' });
  try {
    const text = fs.readFileSync(path.join(root, 'tests/fixtures/seeds/003_3bf94dc3a89a6442.txt'));
    const importText = () => s.importer.commit(s.importer.preview(text, '003.txt').preview);
    importText(); // warm-up: the first run loads the converter and compiles the regexes
    report(`import ${Math.round(text.length / 1024)} KB text: parse + preview + save (ms)`, timeIt(20, importText), 200, `${Math.round(text.length / 1024)} KB, 77 outline rows, 8 indicators`);

    const { bytes, items } = generateDocx(5 * 1024 * 1024);
    const importDocx = () => s.importer.commit(s.importer.preview(bytes, 'big.docx').preview);
    report('import 5 MB .docx: unzip + parse + preview + save (ms)', timeIt(3, importDocx), 3000, `${(bytes.length / 1024 / 1024).toFixed(1)} MB docx, ${items} items`);
  } finally {
    s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
