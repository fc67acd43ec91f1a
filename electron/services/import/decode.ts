// Bytes of a text file -> text, with the encoding detected (never asked): UTF-8 with or without BOM,
// UTF-16 LE/BE with or without BOM, GB18030 (which covers GBK and GB2312). Binary data is refused.
import { PlanDeskError } from '../../../shared/api/errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of UTF-16 code units that are ordinary text: CJK, ASCII printable, CJK punctuation, line ends. */
function textLikeShare(text: string): number {
  if (!text.length) return 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x206f)) good++;
  }
  return good / text.length;
}

/** Control characters (other than tab and line ends) in a decoded text: binary data decodes to many. */
function controlShare(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) bad++;
  }
  return text.length ? bad / text.length : 0;
}

function notText(): PlanDeskError {
  return new PlanDeskError('NOT_A_DOCUMENT', '这个文件不是文本文件，也不是 Word（.docx）文档，无法导入。');
}

/** Without a BOM, UTF-16 shows as zero bytes in every other position (for ASCII) or as mostly-CJK code units. */
function guessUtf16(bytes: Uint8Array): TextEncodingName | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = bytes.length / 2;
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.05) return 'utf-16be';
  // Chinese text has few zero bytes in UTF-16: compare how text-like each reading is.
  const le = decode(bytes, 'utf-16le', true);
  const be = decode(bytes, 'utf-16be', true);
  const sLe = le === null ? 0 : textLikeShare(le);
  const sBe = be === null ? 0 : textLikeShare(be);
  if (Math.max(sLe, sBe) < 0.97) return null;
  return sLe >= sBe ? 'utf-16le' : 'utf-16be';
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  let encoding: TextEncodingName | null = null;
  let text: string | null = null;
  if (a === 0xef && b === 0xbb && c === 0xbf) encoding = 'utf-8';
  else if (a === 0xff && b === 0xfe) encoding = 'utf-16le';
  else if (a === 0xfe && b === 0xff) encoding = 'utf-16be';
  if (encoding) text = decode(bytes, encoding, false);
  else {
    const utf8 = decode(bytes, 'utf-8', true);
    const hasZero = bytes.includes(0);
    if (utf8 !== null && !hasZero) [encoding, text] = ['utf-8', utf8];
    else {
      const utf16 = guessUtf16(bytes);
      if (utf16) [encoding, text] = [utf16, decode(bytes, utf16, false)];
      else if (!hasZero) {
        const gb = decode(bytes, 'gb18030', true);
        if (gb !== null) [encoding, text] = ['gb18030', gb];
      }
    }
  }
  if (!encoding || text === null || controlShare(text) > 0.01) throw notText();
  return { text: text.replace(/^\uFEFF/, ''), encoding };
}
