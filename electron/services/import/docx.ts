// A .docx (Word or WPS) -> source lines: find the main document through the package relationships,
// read its numbering and styles, and walk its body. Damaged XML is refused with a clear message.
import { SaxesParser } from 'saxes';
import { PlanDeskError } from '../../../shared/api/errors';
import type { SourceLine } from '../../../shared/import/types';
import { readDocumentXml } from './docx-body';
import { parseNumbering, parseStyles, type NumberingDefinitions } from './docx-numbering';
import { DEFAULT_ZIP_LIMITS, readDirectory, readEntry, type ZipLimits } from './zip';

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_NUMBERING = /\/numbering$/;
const REL_STYLES = /\/styles$/;

function xmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function relationships(xml: string): { type: string; target: string }[] {
  const rels: { type: string; target: string }[] = [];
  const p = new SaxesParser({ position: false });
  p.on('opentag', (t) => {
    if (t.name.endsWith('Relationship')) {
      const a = t.attributes as Record<string, string>;
      if (a.TargetMode !== 'External') rels.push({ type: a.Type ?? '', target: a.Target ?? '' });
    }
  });
  p.write(xml).close();
  return rels;
}

/** A relationship target resolved against the folder of the part that names it. */
function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

export function readDocx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): SourceLine[] {
  const entries = readDirectory(bytes, limits);
  const part = (name: string): string | undefined => {
    const e = entries.get(name);
    return e ? xmlText(readEntry(bytes, e, limits)) : undefined;
  };
  const current = { name: '' };
  try {
    current.name = '_rels/.rels';
    const rootRels = part('_rels/.rels');
    const mainName = (rootRels && relationships(rootRels).find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.target.replace(/^\//, '')) || 'word/document.xml';
    current.name = mainName;
    const main = part(mainName);
    if (main === undefined) {
      throw new PlanDeskError('NOT_A_DOCUMENT', '这是一个压缩文件，但不是 Word（.docx）文档，无法导入。');
    }
    const relsName = resolve(mainName, `_rels/${mainName.split('/').pop()}.rels`);
    current.name = relsName;
    const docRels = part(relsName);
    const rels = docRels ? relationships(docRels) : [];
    const target = (re: RegExp, fallback: string) => {
      const r = rels.find((x) => re.test(x.type));
      return r ? resolve(mainName, r.target) : fallback;
    };
    const numberingName = target(REL_NUMBERING, 'word/numbering.xml');
    current.name = numberingName;
    const numberingXml = part(numberingName);
    const numbering: NumberingDefinitions = numberingXml ? parseNumbering(numberingXml) : { abstracts: new Map(), nums: new Map() };
    const stylesName = target(REL_STYLES, 'word/styles.xml');
    current.name = stylesName;
    const stylesXml = part(stylesName);
    const styles = stylesXml ? parseStyles(stylesXml) : new Map();
    current.name = mainName;
    return readDocumentXml(main, numbering, styles);
  } catch (e) {
    if (e instanceof PlanDeskError) throw e;
    throw new PlanDeskError('NOT_A_DOCUMENT', `这个 Word 文档的内容已损坏（${current.name} 不是完整的 XML），无法读取。请在 Word 或 WPS 中打开后另存为 .docx 再导入。`);
  }
}
