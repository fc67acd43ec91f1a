// Reading the parts of a .docx (a zip) safely: the central directory is read and checked (entry count,
// declared sizes, compression ratio, encryption) before anything is inflated, and inflating stops as
// soon as an entry grows past what its directory entry declared. Inflation is fflate's.
import { Inflate } from 'fflate';
import { PlanDeskError } from '../../../shared/api/errors';

export interface ZipLimits {
  maxEntries: number;
  /** Largest uncompressed size of one part we read. */
  maxEntryBytes: number;
  /** Largest sum of the declared uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio of an entry over 1 MB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 400,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const damaged = (detail: string) => new PlanDeskError('NOT_A_DOCUMENT', `这个 Word 文档已损坏，无法读取（${detail}）。请在 Word 或 WPS 中打开后另存为 .docx 再导入。`);
const bomb = () => new PlanDeskError('NOT_A_DOCUMENT', '这个文件解压后异常巨大（疑似“压缩炸弹”），为安全起见不予导入。');

function findEndOfDirectory(view: DataView): number {
  for (let i = view.byteLength - 22; i >= 0 && i >= view.byteLength - 22 - 65535; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  throw damaged('找不到压缩目录');
}

/** Sizes and offset from the zip64 extra field, for the fields the directory marks 0xFFFFFFFF. */
function applyZip64(view: DataView, extraStart: number, extraLen: number, e: ZipEntry): void {
  for (let p = extraStart; p + 4 <= extraStart + extraLen; ) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const v = Number(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (e.size === 0xffffffff) e.size = next();
      if (e.compressedSize === 0xffffffff) e.compressedSize = next();
      if (e.localOffset === 0xffffffff) e.localOffset = next();
      return;
    }
    p += 4 + len;
  }
}

/** The entries of the central directory, checked against the limits. */
export function readDirectory(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === 0x07064b50) {
    const z = Number(view.getBigUint64(eocd - 12, true));
    if (z + 56 > bytes.length || view.getUint32(z, true) !== 0x06064b50) throw damaged('压缩目录不完整');
    count = Number(view.getBigUint64(z + 32, true));
    offset = Number(view.getBigUint64(z + 48, true));
  }
  if (count > limits.maxEntries) throw bomb();
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  let total = 0;
  for (let i = 0, p = offset; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw damaged('压缩目录不完整');
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const e: ZipEntry = {
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    applyZip64(view, p + 46 + nameLen, extraLen, e);
    if (e.flags & 0x1) throw new PlanDeskError('NOT_A_DOCUMENT', '这个文件设置了密码（已加密），无法读取。请先在 Word 或 WPS 中取消密码，再导入。');
    total += e.size;
    if (total > limits.maxTotalBytes) throw bomb();
    if (e.size > 1024 * 1024 && e.size > Math.max(1, e.compressedSize) * limits.maxRatio) throw bomb();
    entries.set(e.name, e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The uncompressed bytes of one entry, never more than it declared (nor than the limit). */
export function readEntry(bytes: Uint8Array, e: ZipEntry, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Uint8Array {
  if (e.size > limits.maxEntryBytes) throw bomb();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = e.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50) throw damaged(`${e.name} 的位置不对`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (data.length !== e.compressedSize) throw damaged(`${e.name} 不完整`);
  if (e.method === 0) return data;
  if (e.method !== 8) throw damaged(`${e.name} 用了不支持的压缩方式`);

  const out = new Uint8Array(e.size);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > e.size) throw bomb();
    out.set(chunk, filled);
    filled += chunk.length;
  });
  const STEP = 64 * 1024; // each step inflates to at most ~64 MB, and the check runs after it
  try {
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch (err) {
    if (err instanceof PlanDeskError) throw err;
    throw damaged(`${e.name} 解压出错`);
  }
  if (filled !== e.size) throw damaged(`${e.name} 的大小与目录不符`);
  return out;
}
