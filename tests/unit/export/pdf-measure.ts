// Reading a PDF back for layout checks: text lines with their boxes in mm (pdftotext -bbox-layout),
// and red pixel rows of a page (pdftoppm) for the red rule, which has no text.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const PT_TO_MM = 25.4 / 72;

export interface TextLine {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface PdfPage {
  widthMm: number;
  heightMm: number;
  lines: TextLine[];
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

export function readPages(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const p of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const lines: TextLine[] = [];
    for (const l of p[3]!.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...l[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1]!));
      lines.push({ text: words.join(''), xMin: +l[1]! * PT_TO_MM, yMin: +l[2]! * PT_TO_MM, xMax: +l[3]! * PT_TO_MM, yMax: +l[4]! * PT_TO_MM });
    }
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    pages.push({ widthMm: +p[1]! * PT_TO_MM, heightMm: +p[2]! * PT_TO_MM, lines });
  }
  return pages;
}

/** CJK characters and full-width marks in a text (what fills one grid cell each). */
export const cjkCount = (text: string): number => (text.match(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’—…]/g) ?? []).length;

/** Rows (in mm from the top) of page `n` where more than `minWidthMm` of pixels are red. */
export function redRows(pdf: string, n: number, dir: string, minWidthMm = 20): number[] {
  const base = path.join(dir, `red-${n}`);
  execFileSync('pdftoppm', ['-f', String(n), '-l', String(n), '-r', '100', '-singlefile', pdf, base]);
  const buf = fs.readFileSync(`${base}.ppm`);
  // P6 header: magic, width, height, maxval, each followed by whitespace.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 50).toString('latin1'))!;
  const [w, h] = [Number(header[1]), Number(header[2])];
  const data = buf.subarray(header[0].length);
  const pxPerMm = 100 / 25.4;
  const rows: number[] = [];
  for (let y = 0; y < h; y++) {
    let red = 0;
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      if (data[i]! > 180 && data[i + 1]! < 90 && data[i + 2]! < 90) red++;
    }
    if (red / pxPerMm > minWidthMm) rows.push(y / pxPerMm);
  }
  return rows;
}

export function hasTool(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** soffice --convert-to pdf with a private profile and the test font aliases. Returns the PDF path. */
export function convertWithLibreOffice(docx: string, outDir: string): string {
  const profile = path.join(outDir, 'lo-profile');
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docx],
    { encoding: 'utf8', timeout: 180_000, env: { ...process.env, FONTCONFIG_FILE: path.join(__dirname, 'fonts.conf') } },
  );
  const pdf = path.join(outDir, path.basename(docx).replace(/\.docx$/, '.pdf'));
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice made no PDF (status ${r.status}): ${r.stderr}`);
  return pdf;
}
