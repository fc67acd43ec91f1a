// A fast scanner for the one large part of a .docx (word/document.xml, often 30 MB and more): tags,
// text and well-formedness (balanced tags, one root, known entities), without building attribute
// objects for the hundreds of thousands of tags the reader ignores. saxes reads the small parts.

export class XmlError extends Error {}

/** The tag being reported; reused from tag to tag, so a handler must not keep it. */
export interface ScannedTag {
  /** As written, with its prefix: w:p */
  name: string;
  isSelfClosing: boolean;
  /** An attribute's value (entities decoded), or undefined. */
  attr(name: string): string | undefined;
}

export interface ScanHandlers {
  opentag(tag: ScannedTag): void;
  /** Also called right after opentag for a self-closing tag (as saxes does). */
  closetag(tag: ScannedTag): void;
  text(text: string): void;
}

const NAME_START = /[A-Za-z_\u00c0-\uffff]/;
const OPEN_TAG = /([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const CLOSE_TAG = /\/([^\s>]+)\s*>/y;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));|&/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (named) return NAMED[named]!;
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : -1;
    if (code < 0 || code > 0x10ffff) throw new XmlError(`无法识别的字符引用 ${whole}`);
    return String.fromCodePoint(code);
  });
}

export function scanXml(xml: string, h: ScanHandlers): void {
  const stack: string[] = [];
  let rawAttrs = '';
  const tag: ScannedTag = {
    name: '',
    isSelfClosing: false,
    attr(name) {
      ATTR.lastIndex = 0;
      for (let m = ATTR.exec(rawAttrs); m; m = ATTR.exec(rawAttrs)) if (m[1] === name) return decodeEntities(m[2] ?? m[3] ?? '');
      return undefined;
    },
  };
  let seenRoot = false;
  let pos = 0;
  const text = (s: string) => {
    if (stack.length === 0) {
      if (s.trim()) throw new XmlError('根元素之外有文字');
      return;
    }
    h.text(decodeEntities(s));
  };
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    if (lt === -1) {
      text(xml.slice(pos));
      break;
    }
    if (lt > pos) text(xml.slice(pos, lt));
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      CLOSE_TAG.lastIndex = lt + 1;
      const m = CLOSE_TAG.exec(xml);
      if (!m) throw new XmlError('结束标签不完整');
      if (stack.pop() !== m[1]) throw new XmlError(`结束标签 ${m[1]} 与开始标签不配对`);
      tag.name = m[1]!;
      tag.isSelfClosing = false;
      rawAttrs = '';
      h.closetag(tag);
      pos = CLOSE_TAG.lastIndex;
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) throw new XmlError('处理指令不完整');
      pos = end + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) throw new XmlError('注释不完整');
      pos = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1 || stack.length === 0) throw new XmlError('CDATA 不完整');
      h.text(xml.slice(lt + 9, end));
      pos = end + 3;
    } else {
      // A DOCTYPE (never in a .docx, and a way to smuggle entities) is refused like any broken tag.
      if (!NAME_START.test(xml[lt + 1] ?? '')) throw new XmlError('标签不完整');
      OPEN_TAG.lastIndex = lt + 1;
      const m = OPEN_TAG.exec(xml);
      if (!m) throw new XmlError('开始标签不完整');
      if (stack.length === 0 && seenRoot) throw new XmlError('有不止一个根元素');
      seenRoot = true;
      tag.name = m[1]!;
      tag.isSelfClosing = m[3] === '/';
      rawAttrs = m[2]!;
      h.opentag(tag);
      if (tag.isSelfClosing) h.closetag(tag);
      else stack.push(m[1]!);
      pos = OPEN_TAG.lastIndex;
    }
  }
  if (stack.length) throw new XmlError(`元素 ${stack.at(-1)} 没有结束`);
  if (!seenRoot) throw new XmlError('没有根元素');
}
