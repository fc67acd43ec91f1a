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

/** 专栏一 of 003 as targets (what the indicators engineer's import will store), linked to item 1 of section 二. */
export function addTargetsFromSeed(s: Services, planId: string, name: string): number {
  const { preview } = s.importer.preview(fs.readFileSync(seedPath(name)), name);
  const now = '2025-01-01T00:00:00Z';
  const db = s.db;
  const items = db.prepare('SELECT id FROM outline_nodes WHERE plan_id = ? AND level = 3 ORDER BY position').pluck().all(planId) as string[];
  let n = 0;
  for (const table of preview.indicatorTables) {
    for (const row of table.rows) {
      db.prepare('INSERT INTO indicators (name, measure_unit, attribute, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
        row.name,
        row.unit,
        row.attribute || '预期性',
        now,
      );
      const indicatorId = db.prepare('SELECT id FROM indicators WHERE name = ? AND measure_unit = ?').pluck().get(row.name, row.unit) as number;
      const targetId = db
        .prepare(
          `INSERT INTO targets (plan_id, indicator_id, baseline_value, baseline_year, target_value, comparator, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, '=', ?, ?)`,
        )
        .run(planId, indicatorId, row.baseline, row.baselineYear, row.target, now, now).lastInsertRowid as number;
      if (items[n]) db.prepare('INSERT INTO target_links (node_id, target_id) VALUES (?, ?)').run(items[n], targetId);
      n++;
    }
  }
  return n;
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
