// Reading an exported PDF with poppler: page sizes (pdfinfo), fonts (pdffonts). Text lines and red
// pixels come from pdf-measure.ts (shared with the LibreOffice test of the docx).
import { execFileSync } from 'node:child_process';
import { PT_TO_MM } from './pdf-measure';

export interface PageSize {
  widthMm: number;
  heightMm: number;
}

/** Every page's size, from `pdfinfo -f 1 -l N`. */
export function pageSizes(pdf: string): PageSize[] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', pdf], { encoding: 'utf8' });
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ widthMm: +m[1]! * PT_TO_MM, heightMm: +m[2]! * PT_TO_MM }));
}

export function pdfPageCount(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  unicode: boolean;
}

/** `pdffonts`: one row a font. */
export function pdfFonts(pdf: string): FontRow[] {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const m = /^(\S+)\s+(.+?)\s{2,}\S+\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(l);
      if (!m) throw new Error(`unreadable pdffonts row: ${l}`);
      return { name: m[1]!, type: m[2]!.trim(), embedded: m[3] === 'yes', unicode: m[5] === 'yes' };
    });
}
