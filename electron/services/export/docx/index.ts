// The .docx writer: renders the official-document model into a WordprocessingML package (zip).
import { zipSync, strToU8 } from 'fflate';
import type { OfficialDocument } from '../../../../shared/official/model';
import { documentXml } from './document';
import {
  appPropsXml,
  contentTypes,
  corePropsXml,
  documentRels,
  emptyFooter,
  fontTableXml,
  packageRels,
  pageNumberFooter,
  settingsXml,
  stylesXml,
  type FooterPart,
} from './parts';

export interface DocxOptions {
  /** Written into the document properties (created/modified). */
  now?: Date;
}

/** The parts of the package by path, as XML text. */
export function docxParts(model: OfficialDocument, opts: DocxOptions = {}): Record<string, string> {
  const footers: FooterPart[] = [
    { name: 'word/footer1.xml', xml: pageNumberFooter(model.fonts, 'odd') },
    { name: 'word/footer2.xml', xml: pageNumberFooter(model.fonts, 'even') },
    { name: 'word/footer3.xml', xml: emptyFooter() },
  ];
  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypes(footers),
    '_rels/.rels': packageRels(),
    'docProps/core.xml': corePropsXml(model.title, opts.now ?? new Date()),
    'docProps/app.xml': appPropsXml(),
    'word/document.xml': documentXml(model, { pageNumbers: { odd: 0, even: 1 }, none: { odd: 2, even: 2 } }),
    'word/_rels/document.xml.rels': documentRels(footers),
    'word/styles.xml': stylesXml(model.fonts),
    'word/settings.xml': settingsXml(),
    'word/fontTable.xml': fontTableXml(model.fonts),
  };
  for (const f of footers) parts[f.name] = f.xml;
  return parts;
}

export function writeDocx(model: OfficialDocument, opts: DocxOptions = {}): Uint8Array {
  const parts = docxParts(model, opts);
  // [Content_Types].xml first, as Office writes it; some readers sniff the first entry.
  const files: Record<string, Uint8Array> = {};
  for (const name of Object.keys(parts).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0))) {
    files[name] = strToU8(parts[name]!);
  }
  return zipSync(files, { level: 6, mtime: opts.now ?? new Date() });
}
