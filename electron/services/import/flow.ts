// The user's path through an import: a source (a chosen file's bytes or pasted text) -> a preview
// with its structure tree and every dropped line (restorable by id) -> the plan, made by analysing the
// same source again with the lines the user restored and the fields they edited. Nothing is written
// before commit; commit is one transaction (ImportService.commit).
import { createHash } from 'node:crypto';
import type { ImportPreviewOut, ImportSource } from '../../../shared/api/contract';
import type { PlanKind } from '../../../shared/domain/plan';
import { TRADITIONAL_WARNING } from '../../../shared/import/analyse';
import { previewCounts, previewTree } from '../../../shared/import/preview-tree';
import type { ImportPreview } from '../../../shared/import/types';
import type { ImportService, SourceFile } from './service';

export interface FlowOptions {
  source: ImportSource;
  simplified?: boolean;
  /** Ids (line numbers) of dropped lines the user restored. */
  restore?: readonly number[];
  year?: number;
}

export interface FlowCommitOptions extends FlowOptions {
  title?: string;
  kind?: PlanKind;
  organ?: string;
}

interface Read {
  preview: ImportPreview;
  fileName: string;
  format: 'docx' | 'text' | 'paste';
  encoding: string;
  restore: number[];
}

export class ImportFlow {
  /**
   * The lines of the file read last, by a hash of its bytes: restoring a line, 繁体转简体 and commit send
   * the same file again, and a 5 MB .docx takes a second or more to unzip and parse. Only lines read
   * from the user's own file are kept, in memory; nothing is written.
   */
  private last: { key: string; file: SourceFile } | undefined;

  constructor(private readonly importer: ImportService) {}

  private readFile(base64: string): SourceFile {
    const key = createHash('sha256').update(base64).digest('hex');
    if (this.last?.key !== key) this.last = { key, file: this.importer.readSource(Buffer.from(base64, 'base64')) };
    return this.last.file;
  }

  private read(opts: FlowOptions): Read {
    const restore = [...new Set(opts.restore ?? [])].sort((a, b) => a - b);
    const analyse = { simplified: opts.simplified ?? false, keep: restore };
    const src = opts.source;
    if (src.kind === 'text') return { preview: this.importer.previewText(src.text, analyse), fileName: '', format: 'paste', encoding: '', restore };
    const file = this.readFile(src.base64);
    return { preview: this.importer.previewLines(file.lines, analyse), fileName: src.fileName, format: file.format, encoding: file.encoding, restore };
  }

  preview(opts: FlowOptions): ImportPreviewOut {
    const r = this.read(opts);
    const p = r.preview;
    // Numbering findings and the Traditional-characters notice have fields of their own.
    const numbering = new Set([...p.numberingWarnings, TRADITIONAL_WARNING]);
    const warnings = p.warnings.filter((w) => !numbering.has(w));
    let year: number;
    let yearFrom: ImportPreviewOut['yearFrom'] = opts.year !== undefined ? 'given' : p.year !== null ? 'title' : p.notice?.date ? 'notice' : 'today';
    try {
      year = this.importer.resolveYear(p, opts.year);
    } catch {
      // A year the plan cannot have (a 1998 plan): the preview still opens, and says so.
      year = this.importer.resolveYear({ ...p, year: null, notice: null });
      warnings.push(`原文的年度（${p.year ?? p.notice?.date.slice(0, 4)}）超出了可用范围，暂定为 ${year} 年，请在导入前修改。`);
      yearFrom = 'today';
    }
    return {
      source: { kind: opts.source.kind, fileName: r.fileName, format: r.format, encoding: r.encoding },
      title: p.title,
      year,
      yearFrom,
      kind: p.kind,
      organ: p.organ,
      numberingMode: p.numberingMode,
      traditional: p.traditional,
      simplified: opts.simplified ?? false,
      notice: p.notice,
      counts: previewCounts(p),
      structure: previewTree(p, r.restore),
      indicatorTables: p.indicatorTables,
      dropped: p.dropped.map((d) => ({ id: d.line, line: d.line, text: d.text, reason: d.reason })),
      restored: r.restore,
      numberingWarnings: p.numberingWarnings,
      warnings,
    };
  }

  commit(opts: FlowCommitOptions): { planId: string; title: string; year: number } {
    const { preview } = this.read(opts);
    const plan = this.importer.commit(preview, { year: opts.year, title: opts.title, kind: opts.kind, organ: opts.organ });
    this.last = undefined; // this import is done
    return { planId: plan.id, title: plan.title, year: plan.year };
  }
}
