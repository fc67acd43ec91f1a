// What kind of file the bytes are, by their first bytes (never by the name): a .docx (zip), a text,
// or something we refuse with a message saying what it is and what to do instead.
import { PlanDeskError } from '../../../shared/api/errors';
import { FILE_TOO_LARGE_MESSAGE, MAX_IMPORT_BYTES } from '../../../shared/import/limits';

export type SourceFormat = 'docx' | 'text';

const starts = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const needle = Buffer.from(word, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

export function refuse(message: string): PlanDeskError {
  return new PlanDeskError('NOT_A_DOCUMENT', message);
}

/** The format to read the bytes as; throws a PlanDeskError for files that are not documents we read. */
export function sniffFormat(bytes: Uint8Array): SourceFormat {
  if (bytes.length === 0 || !bytes.some((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09)) {
    throw refuse('文件是空的，没有可导入的内容。');
  }
  if (bytes.length > MAX_IMPORT_BYTES) throw refuse(FILE_TOO_LARGE_MESSAGE);
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04]) || starts(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'docx';
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Encrypted .docx files are OLE containers holding an EncryptedPackage stream.
    if (containsUtf16(bytes, 'EncryptedPackage')) throw refuse('这个 Word 文档设置了密码（已加密），无法读取。请先在 Word 或 WPS 中取消密码，再导入。');
    throw refuse('这是旧版 Word（.doc）或 WPS（.wps）文件，暂不能直接导入。请在 Word 或 WPS 中“另存为”.docx 后再导入。');
  }
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46])) throw refuse('暂不支持导入 PDF。请在 PDF 阅读器中复制全文，粘贴后导入，或先转换为 .docx。');
  if (starts(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw refuse('这是 RTF 文件，暂不能直接导入。请在 Word 或 WPS 中另存为 .docx 后再导入。');
  return 'text';
}
