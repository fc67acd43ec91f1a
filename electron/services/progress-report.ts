// The 落实情况报告 as files: the report's data (ProgressService.report) as an official-document
// model (shared/official/report.ts), written by the plan's own .docx writer or printed to PDF by
// the plan's PDF service. Fonts follow the plan's export settings (GB2312 or Windows names).
import type { OfficialDocument } from '../../shared/official/model';
import { buildReportDocument } from '../../shared/official/report';
import type { FontCheck } from '../../shared/official/font-check';
import { localIsoDate } from '../../shared/tracking/period';
import { writeDocx } from './export/docx/index';
import type { PdfService } from './export/pdf/service';
import { exportFileName, type ExportService } from './export/service';
import type { Clock } from './plans';
import type { ProgressService } from './progress';

export interface ReportFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface ReportPdf extends ReportFile {
  pages: number;
  fonts: FontCheck;
}

export class ProgressReportService {
  constructor(
    private readonly progress: ProgressService,
    private readonly exporter: ExportService,
    private readonly pdfs: PdfService,
    private readonly clock: Clock = () => new Date(),
  ) {}

  /** The model of the report as of `date` (default today), signed by the plan's organ today. */
  model(planId: string, date?: string): { model: OfficialDocument; fileBase: string } {
    const report = this.progress.report(planId, date);
    const model = buildReportDocument({ report, fonts: this.exporter.settings(planId).fonts, date: localIsoDate(this.clock()) });
    return { model, fileBase: `${report.organ.trim()}${report.title}` };
  }

  docx(planId: string, date?: string): ReportFile {
    const { model, fileBase } = this.model(planId, date);
    return { fileName: exportFileName(fileBase, 'docx'), bytes: writeDocx(model, { now: this.clock() }) };
  }

  async pdf(planId: string, date?: string): Promise<ReportPdf> {
    const { model, fileBase } = this.model(planId, date);
    const out = await this.pdfs.printDocument(model);
    return { fileName: exportFileName(fileBase, 'pdf'), ...out };
  }
}
