// The export service: settings remembered per plan, the format check, the .docx, and the one-click
// punctuation fix (document and notice rewritten in one transaction).
import type { Database } from 'better-sqlite3';
import type { Notice, Plan } from '../../../shared/api/contract';
import { buildOfficialDocument, type PlanForExport } from '../../../shared/official/build';
import { checkPlan } from '../../../shared/official/checks';
import type { Finding } from '../../../shared/official/findings';
import { fixDocumentPunctuation, fixNoticePunctuation } from '../../../shared/official/fix';
import type { OfficialDocument } from '../../../shared/official/model';
import { fixPunctuation } from '../../../shared/official/punctuation';
import { defaultSettingsFor, mergeSettings, type ExportSettings } from '../../../shared/official/settings';
import type { DocumentLike } from '../../../shared/outline/document';
import * as plansSql from '../db/plans';
import type { OutlineService } from '../outline';
import type { Clock, PlanService } from '../plans';
import { writeDocx } from './docx/index';
import { readStoredSettings, writeSettings } from './settings-store';
import { toExportTargets, type TargetSource } from './targets';

export interface ExportSetup {
  settings: ExportSettings;
  notice: Notice;
}

export interface DocxExport {
  fileName: string;
  bytes: Uint8Array;
  checks: Finding[];
}

export interface PunctuationFixResult {
  /** Paragraphs, headings and items changed. */
  changedBlocks: number;
  /** Fields changed: title, notice.recipients … */
  changedFields: string[];
}

/** A file name from the plan's title, safe on Windows: no \ / : * ? " < > |, not too long. */
export function exportFileName(title: string, ext: string): string {
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').replace(/\s+/g, ' ').trim().slice(0, 80) || '工作要点';
  return `${base}.${ext}`;
}

function forExport(plan: Plan): PlanForExport {
  return {
    title: plan.title,
    organ: plan.organ,
    numberingMode: plan.numberingMode,
    document: (plan.document as DocumentLike | null) ?? null,
    notice: plan.notice,
  };
}

function hasUnits(doc: DocumentLike | null): boolean {
  return (doc?.root.children ?? []).some((n) => {
    const u = n.units as { lead?: unknown[]; responsible?: unknown[] } | undefined;
    return !!u && ((u.lead?.length ?? 0) > 0 || (u.responsible?.length ?? 0) > 0);
  });
}

export class ExportService {
  constructor(
    private readonly db: Database,
    private readonly plans: PlanService,
    private readonly outline: OutlineService,
    private readonly targets: TargetSource,
    private readonly clock: Clock = () => new Date(),
  ) {}

  /** The plan's remembered settings, or defaults that fit what the plan holds. */
  settings(planId: string): ExportSettings {
    const plan = this.plans.get(planId);
    const notice = plan.notice;
    const defaults = defaultSettingsFor({
      hasNotice: !!(notice.docNumber || notice.title || notice.recipients),
      hasUnits: hasUnits(plan.document as DocumentLike | null),
      hasTargets: this.targets.list(planId).length > 0,
    });
    return mergeSettings(defaults, readStoredSettings(this.db, planId));
  }

  setup(planId: string): ExportSetup {
    return { settings: this.settings(planId), notice: this.plans.get(planId).notice };
  }

  /** Remembers the settings and stores the notice fields on the plan, together. */
  saveSetup(planId: string, settings: ExportSettings, notice?: Notice): ExportSetup {
    this.db.transaction(() => {
      this.plans.get(planId); // refuses a missing plan before anything is written
      writeSettings(this.db, planId, settings);
      if (notice) plansSql.updatePlanNotice(this.db, planId, notice, this.clock().toISOString());
    })();
    return this.setup(planId);
  }

  checks(planId: string, settings?: ExportSettings, notice?: Notice): Finding[] {
    const plan = forExport(this.plans.get(planId));
    if (notice) plan.notice = notice;
    return checkPlan(plan, settings ?? this.settings(planId));
  }

  /** The official-document model of the plan, for the docx writer (and the HTML writer). */
  model(planId: string, settings?: ExportSettings): OfficialDocument {
    const plan = this.plans.get(planId);
    return buildOfficialDocument({ plan: forExport(plan), targets: toExportTargets(this.targets.list(planId)), settings: settings ?? this.settings(planId) });
  }

  docx(planId: string, settings?: ExportSettings): DocxExport {
    const plan = this.plans.get(planId);
    const s = settings ?? this.settings(planId);
    const model = buildOfficialDocument({ plan: forExport(plan), targets: toExportTargets(this.targets.list(planId)), settings: s });
    return { fileName: exportFileName(plan.title, 'docx'), bytes: writeDocx(model, { now: this.clock() }), checks: checkPlan(forExport(plan), s) };
  }

  /**
   * Half-width punctuation and straight quotes -> full-width, in the document, the title, the notice
   * fields and the remembered notice paragraph, all in one transaction (the outline re-derived).
   */
  fixPunctuation(planId: string): PunctuationFixResult {
    return this.db.transaction(() => {
      const plan = this.plans.get(planId);
      const changedFields: string[] = [];
      let changedBlocks = 0;
      if (plan.document) {
        const fixed = fixDocumentPunctuation(plan.document as DocumentLike);
        changedBlocks = fixed.changedBlocks;
        if (changedBlocks) this.outline.save(planId, fixed.document);
      }
      const title = fixPunctuation(plan.title);
      if (title !== plan.title) {
        this.plans.rename(planId, title);
        changedFields.push('title');
      }
      const notice = fixNoticePunctuation(plan.notice);
      if (notice.changedFields.length) {
        plansSql.updatePlanNotice(this.db, planId, notice.notice, this.clock().toISOString());
        changedFields.push(...notice.changedFields);
      }
      const settings = this.settings(planId);
      const body = fixPunctuation(settings.noticeBody);
      if (body !== settings.noticeBody) {
        writeSettings(this.db, planId, { ...settings, noticeBody: body });
        changedFields.push('noticeBody');
      }
      return { changedBlocks, changedFields };
    })();
  }
}
