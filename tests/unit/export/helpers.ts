// Helpers for export tests: real plans imported from the seeds, the .docx unzipped and read back.
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import type { Plan } from '../../../shared/api/contract';
import type { Services } from '../../../electron/services/index';
import { seedPath } from '../import/helpers/seeds';

export const SEED_002 = '002_eb413db6c3da201b.txt';
export const SEED_003 = '003_3bf94dc3a89a6442.txt';

export function importSeed(s: Services, name: string): Plan {
  const { preview } = s.importer.preview(fs.readFileSync(seedPath(name)), name);
  return s.importer.commit(preview);
}

/**
 * Links the targets the import made of 专栏一 (003) to the plan's first items, one each, as a
 * writer would after import; returns how many targets the plan has.
 */
export function linkTableTargets(s: Services, planId: string): number {
  const items = s.outline.list(planId).filter((o) => o.level === 3);
  const targets = s.indicators.list(planId);
  targets.forEach((t, i) => {
    if (items[i]) s.indicators.link(t.id, items[i]!.uid);
  });
  return targets.length;
}

export type Parts = Record<string, string>;

export function unzipDocx(bytes: Uint8Array): Parts {
  const files = unzipSync(bytes);
  const parts: Parts = {};
  for (const [name, data] of Object.entries(files)) parts[name] = strFromU8(data);
  return parts;
}

/** Throws on XML that is not well formed (the first error saxes meets). */
export function parseXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.write(xml).close();
  if (error) throw error;
}

export interface Para {
  xml: string;
  pPr: string;
  text: string;
  runs: { rPr: string; text: string }[];
}

/** The document's paragraphs (also those in table cells), with their text and runs. */
export function paragraphs(documentXml: string): Para[] {
  const out: Para[] = [];
  for (const m of documentXml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)) {
    const xml = m[0];
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[0] ?? '';
    const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => ({
      rPr: /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(r[1]!)?.[0] ?? '',
      text: [...r[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => (t[0] === '<w:br/>' ? '\n' : t[1])).join(''),
    }));
    out.push({ xml, pPr, text: runs.map((r) => r.text).join(''), runs });
  }
  return out;
}

export const attr = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

/** Sections' sectPr, in order. */
export const sections = (documentXml: string): string[] => [...documentXml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);

/** One paragraph whose text starts with `start`. */
export function para(ps: Para[], start: string): Para {
  const p = ps.find((x) => x.text.startsWith(start));
  if (!p) throw new Error(`no paragraph starts with ${start}`);
  return p;
}
