// The import service: a file's bytes -> a preview (nothing written), and a checked preview -> a new
// plan with its notice fields, its document and the outline rows derived from it, in one transaction.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Plan } from '../../../shared/api/contract';
import { PlanDeskError } from '../../../shared/api/errors';
import { PLAN_ORGAN_MAX, PLAN_TITLE_MAX, PLAN_YEAR_MAX, PLAN_YEAR_MIN, type PlanKind } from '../../../shared/domain/plan';
import { analyseLines, analyseText, previewToDocument, splitLines } from '../../../shared/import/index';
import type { AnalyseOptions, ImportPreview, SourceLine } from '../../../shared/import/types';
import * as plansSql from '../db/plans';
import type { IndicatorService } from '../indicators';
import type { OutlineService } from '../outline';
import type { Clock, PlanService } from '../plans';
import { decodeText } from './decode';
import { readDocx } from './docx';
import { refuse, sniffFormat } from './sniff';
import type { ZipLimits } from './zip';
import { NOTICE_BODY_MAX } from '../../../shared/official/settings';
import { rememberNoticeBody } from '../export/settings-store';

export interface FilePreview {
  preview: ImportPreview;
  fileName: string;
  format: 'docx' | 'text';
  /** The text encoding detected ('' for .docx). */
  encoding: string;
}

export interface SourceFile {
  lines: SourceLine[];
  format: 'docx' | 'text';
  /** The text encoding detected ('' for .docx). */
  encoding: string;
}

export interface CommitOptions {
  year?: number;
  title?: string;
  /** The kind and organ the user chose in the preview, instead of the ones recognised. */
  kind?: PlanKind;
  organ?: string;
}

export class ImportService {
  constructor(
    private readonly db: Database,
    private readonly plans: PlanService,
    private readonly outline: OutlineService,
    private readonly indicators: IndicatorService,
    private readonly clock: Clock = () => new Date(),
    private readonly zipLimits?: ZipLimits,
  ) {}

  /** Reads a file's bytes into a preview; refuses what is not a document. Writes nothing. */
  preview(bytes: Uint8Array, fileName: string, opts: AnalyseOptions = {}): FilePreview {
    const source = this.readSource(bytes);
    return { preview: this.previewLines(source.lines, opts), fileName, format: source.format, encoding: source.encoding };
  }

  /** A file's bytes -> its lines (paragraphs and table rows of a .docx); refuses what is not a document. */
  readSource(bytes: Uint8Array): SourceFile {
    const format = sniffFormat(bytes);
    if (format === 'docx') return { lines: readDocx(bytes, this.zipLimits), format, encoding: '' };
    const { text, encoding } = decodeText(bytes);
    if (!text.trim()) throw refuse('文件是空的，没有可导入的内容。');
    return { lines: splitLines(text), format, encoding };
  }

  /** Lines already read -> a preview. Writes nothing. */
  previewLines(lines: readonly SourceLine[], opts: AnalyseOptions = {}): ImportPreview {
    return checked(analyseLines(lines, opts));
  }

  /** Pasted text -> a preview. */
  previewText(text: string, opts: AnalyseOptions = {}): ImportPreview {
    if (!text.trim()) throw refuse('没有可导入的内容。');
    return checked(analyseText(text, opts));
  }

  /** The year a preview will be saved under: the caller's, the title's, the notice date's, or this year. */
  resolveYear(preview: ImportPreview, year?: number): number {
    const y = year ?? preview.year ?? (preview.notice?.date ? Number(preview.notice.date.slice(0, 4)) : this.clock().getFullYear());
    if (!Number.isInteger(y) || y < PLAN_YEAR_MIN || y > PLAN_YEAR_MAX) {
      throw new PlanDeskError('INVALID_INPUT', `年度应在 ${PLAN_YEAR_MIN} 到 ${PLAN_YEAR_MAX} 之间。`);
    }
    return y;
  }

  /** Creates the plan from a preview: plan row, notice fields, document, outline and the targets of its indicator tables, all or nothing. */
  commit(preview: ImportPreview, opts: CommitOptions = {}): Plan {
    const year = this.resolveYear(preview, opts.year);
    const kind = opts.kind ?? preview.kind;
    const title = (opts.title?.trim() || preview.title || `${year}年${kind}`).slice(0, PLAN_TITLE_MAX);
    const organ = (opts.organ ?? preview.organ).trim().slice(0, PLAN_ORGAN_MAX);
    return this.db.transaction(() => {
      const plan = this.plans.create({ year, title, organ, kind });
      if (preview.notice) {
        const { body, ...notice } = preview.notice;
        plansSql.updatePlanNotice(this.db, plan.id, notice, this.clock().toISOString());
        // The notice's own paragraph is what 导出 prints under 主送机关.
        const paragraph = body.join('').trim();
        if (paragraph) rememberNoticeBody(this.db, plan.id, paragraph.slice(0, NOTICE_BODY_MAX));
      }
      // The tables' targets first: the document's 专栏 blocks name them by id.
      const tableTargetIds = this.indicators.addTableTargets(plan.id, preview.indicatorTables, this.clock().toISOString());
      this.outline.save(plan.id, previewToDocument(preview, { newUid: randomUUID, tableTargetIds }), preview.numberingMode);
      return this.plans.get(plan.id);
    })();
  }
}

function checked(preview: ImportPreview): ImportPreview {
  if (!preview.blocks.length && !preview.preamble.length && !preview.notice && !preview.title) {
    throw refuse('文件里没有找到可导入的正文（删去网页杂项后什么也没剩下）。');
  }
  return preview;
}
