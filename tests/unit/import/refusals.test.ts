import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import { PlanDeskError } from '../../../shared/api/errors';
import { tmpDbPath } from '../helpers/tmp';
import { buildDocx, documentXml } from './helpers/docx';

let s: Services;
beforeEach(() => {
  s = openServices({ dbPath: tmpDbPath(), mode: 'cli' });
});
afterEach(() => s.close());

/** Previews the bytes, expecting a refusal; returns its message. Nothing may be written. */
function refusal(bytes: Uint8Array): string {
  let error: unknown;
  try {
    s.importer.preview(bytes, 'file');
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(PlanDeskError);
  expect((error as PlanDeskError).code).toBe('NOT_A_DOCUMENT');
  expect(s.plans.list()).toHaveLength(0);
  expect(s.db.prepare('SELECT COUNT(*) FROM outline_nodes').pluck().get()).toBe(0);
  return (error as PlanDeskError).message;
}

/** Rewrites a central-directory field of one entry (a lying header, an encryption flag). */
function patchEntry(zip: Uint8Array, name: string, patch: (view: DataView, at: number) => void): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let p = 0; p + 46 < out.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const len = view.getUint16(p + 28, true);
    if (new TextDecoder().decode(out.subarray(p + 46, p + 46 + len)) === name) patch(view, p);
  }
  return out;
}

const docx = () => buildDocx({ document: documentXml([{ text: '一、总体要求' }, { text: '1.加强党的建设。' }]) });

describe('files that are not documents are refused with a clear message, writing nothing', () => {
  it('an empty file, or one of spaces only', () => {
    expect(refusal(new Uint8Array(0))).toContain('文件是空的');
    expect(refusal(strToU8('  \r\n\t \n'))).toContain('文件是空的');
  });

  it('a binary file (an image)', () => {
    const png = new Uint8Array(4096);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    for (let i = 8; i < png.length; i++) png[i] = (i * 7919) % 256;
    expect(refusal(png)).toContain('不是文本文件');
  });

  it('a file over 50 MB, and one of 100 MB', () => {
    expect(refusal(new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61))).toContain('超过 50 MB');
    expect(refusal(new Uint8Array(100 * 1024 * 1024).fill(0x61))).toContain('超过 50 MB');
  });

  it('a zip bomb: a part that inflates more than 400 times its size', () => {
    const huge = `<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>${' '.repeat(60 * 1024 * 1024)}</w:t></w:r></w:p></w:body></w:document>`;
    const bomb = zipSync({ 'word/document.xml': strToU8(huge) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(refusal(bomb)).toContain('压缩炸弹');
  });

  it('a zip bomb whose directory understates the size of a part', () => {
    const big = buildDocx({ document: documentXml(Array.from({ length: 3000 }, (_, i) => ({ text: `${i + 1}.第${i}项工作。` }))) });
    const lying = patchEntry(big, 'word/document.xml', (v, at) => v.setUint32(at + 24, 1000, true));
    expect(refusal(lying)).toContain('压缩炸弹');
  });

  it('a zip whose directory claims gigabytes', () => {
    const claims = patchEntry(docx(), 'word/document.xml', (v, at) => v.setUint32(at + 24, 0xfffffff0, true));
    expect(refusal(claims)).toContain('压缩炸弹');
  });

  it('a .docx whose XML is malformed', () => {
    const broken = buildDocx({ document: '<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>一、甲</w:t></w:r>' });
    expect(refusal(broken)).toContain('已损坏');
    const mismatched = buildDocx({ document: '<w:document xmlns:w="w"><w:body><w:p></w:body></w:document>' });
    expect(refusal(mismatched)).toContain('word/document.xml');
  });

  it('an encrypted .docx (an OLE container with an EncryptedPackage) and a zip with encrypted entries', () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from('EncryptedPackage', 'utf16le'), 1024);
    expect(refusal(ole)).toContain('已加密');
    const flagged = patchEntry(docx(), 'word/document.xml', (v, at) => v.setUint16(at + 8, v.getUint16(at + 8, true) | 1, true));
    expect(refusal(flagged)).toContain('已加密');
  });

  it('an old .doc, a PDF, and a zip that is not a Word document', () => {
    const doc = new Uint8Array(2048);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(refusal(doc)).toContain('另存为');
    expect(refusal(strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toContain('PDF');
    expect(refusal(zipSync({ 'notes.txt': strToU8('一、甲') }))).toContain('不是 Word');
  });

  it('a text of web debris only', () => {
    expect(refusal(strToU8('关闭\n打印\nProduced By 大汉网络 大汉版通发布系统\n'))).toContain('没有找到可导入的正文');
  });
});

describe('a refused import through the command line', () => {
  /** Runs `plandesk import` on a file written by `write`; returns the result and the plans left in the database. */
  async function cliImport(name: string, write: (file: string) => void) {
    const { spawnSync } = await import('node:child_process');
    const path = await import('node:path');
    const dir = path.dirname(tmpDbPath());
    const db = path.join(dir, 'cli.db');
    const file = path.join(dir, name);
    write(file);
    const bin = path.resolve(__dirname, '../../../bin/plandesk.mjs');
    const r = spawnSync(process.execPath, [bin, '--db', db, 'import', file, '--json'], { encoding: 'utf8' });
    const list = spawnSync(process.execPath, [bin, '--db', db, 'plans', 'list', '--json'], { encoding: 'utf8' });
    return { ...r, plans: JSON.parse(list.stdout) as unknown[] };
  }

  it('reports the refusal on stderr and leaves the database without plans', async () => {
    const fs = await import('node:fs');
    const r = await cliImport('bad.docx', (f) => fs.writeFileSync(f, buildDocx({ document: '<w:document><w:body><w:p>' })));
    expect([r.status, r.stdout, r.plans]).toEqual([1, '', []]);
    expect(r.stderr).toContain('已损坏');
  });

  it('refuses a 100 MB file by its size, before reading it', async () => {
    const fs = await import('node:fs');
    const r = await cliImport('工作要点.txt', (f) => {
      fs.writeFileSync(f, '');
      fs.truncateSync(f, 100 * 1024 * 1024); // sparse: no 100 MB written to disk
    });
    expect([r.status, r.stdout, r.plans]).toEqual([1, '', []]);
    expect(r.stderr).toContain('文件太大（超过 50 MB）');
  });
});
