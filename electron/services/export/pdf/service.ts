// PDF export and the print preview: the official-document model (built by the export service)
// -> HTML with print CSS (shared/official/html) -> the Printer -> PDF. The preview is that same
// PDF, so its pages are the PDF's pages.
import { createHash } from 'node:crypto';
import type { FontCheck } from '../../../../shared/official/font-check';
import type { Finding } from '../../../../shared/official/findings';
import { renderOfficialHtml } from '../../../../shared/official/html/index';
import type { OfficialDocument } from '../../../../shared/official/model';
import type { ExportSettings } from '../../../../shared/official/settings';
import type { PlanService } from '../../plans';
import { exportFileName, type ExportService } from '../service';
import { documentText, resolvePdfFonts, type PdfFonts } from './fonts';
import { detectInstalledFamilies } from './installed-fonts';
import { countPdfPages, type Printer } from './printer';
import { StandIns } from './stand-ins';

export interface PdfExport {
  fileName: string;
  bytes: Uint8Array;
  pages: number;
  fonts: FontCheck;
  checks: Finding[];
}

export interface PdfPreview {
  /** Hash of the printed HTML: the same key means the same pages. */
  key: string;
  bytes: Uint8Array;
  pages: number;
  fonts: FontCheck;
}

export interface PdfServiceOptions {
  printer: Printer;
  /** resources/fonts (the shipped stand-ins and their manifest). */
  fontsDir: string;
  /** The PC's font families, lower case (injected by tests). */
  installedFonts?: () => ReadonlySet<string>;
}

/** Installed fonts change rarely; asking fontconfig or the registry costs 50-200 ms. */
const FONT_SCAN_TTL_MS = 60_000;
const PREVIEW_CACHE = 4;
/** A plan whose preview was looked at this recently gets its preview printed again after a save. */
const WATCH_MS = 10 * 60_000;
/** Saves come in bursts while someone types: print once they pause. */
const SAVE_PAUSE_MS = 1500;

export class PdfService {
  private standIns: StandIns | null = null;
  private installed: { at: number; families: ReadonlySet<string> } | null = null;
  private readonly previews = new Map<string, PdfPreview>();
  /** Prints under way, by key: a request for the same pages waits for it instead of printing twice. */
  private readonly printing = new Map<string, Promise<PdfPreview>>();
  private readonly watched = new Map<string, { seen: number; timer: NodeJS.Timeout | null }>();

  constructor(
    private readonly exporter: ExportService,
    private readonly plans: PlanService,
    private readonly opts: PdfServiceOptions,
  ) {}

  private installedFamilies(): ReadonlySet<string> {
    if (this.opts.installedFonts) return this.opts.installedFonts();
    const now = Date.now();
    if (!this.installed || now - this.installed.at > FONT_SCAN_TTL_MS) this.installed = { at: now, families: detectInstalledFamilies() };
    return this.installed.families;
  }

  private prepare(planId: string, settings?: ExportSettings): { html: string; fonts: PdfFonts; settings: ExportSettings } {
    const s = settings ?? this.exporter.settings(planId);
    return { ...this.render(this.exporter.model(planId, s)), settings: s };
  }

  /** Any official-document model (a plan, a 落实情况报告) as print HTML with its fonts resolved. */
  private render(model: OfficialDocument): { html: string; fonts: PdfFonts } {
    this.standIns ??= StandIns.load(this.opts.fontsDir);
    const fonts = resolvePdfFonts(model.fonts, this.installedFamilies(), this.standIns, documentText(model));
    return { html: renderOfficialHtml(model, fonts.html), fonts };
  }

  /** Prints a model that is not a plan's (the 落实情况报告) the way a plan's PDF is printed. */
  async printDocument(model: OfficialDocument): Promise<{ bytes: Uint8Array; pages: number; fonts: FontCheck }> {
    const { html, fonts } = this.render(model);
    const bytes = await this.opts.printer.print(html);
    return { bytes, pages: countPdfPages(bytes), fonts: fonts.check };
  }

  /** 字体检查 for the plan with these (or its remembered) settings. */
  fontCheck(planId: string, settings?: ExportSettings): FontCheck {
    return this.prepare(planId, settings).fonts.check;
  }

  /** The HTML the printer gets (for tests and for looking at it in a browser). */
  html(planId: string, settings?: ExportSettings): string {
    return this.prepare(planId, settings).html;
  }

  async pdf(planId: string, settings?: ExportSettings): Promise<PdfExport> {
    const plan = this.plans.get(planId);
    const { html, fonts, settings: s } = this.prepare(planId, settings);
    const bytes = await this.opts.printer.print(html);
    return { fileName: exportFileName(plan.title, 'pdf'), bytes, pages: countPdfPages(bytes), fonts: fonts.check, checks: this.exporter.checks(planId, s) };
  }

  /**
   * After a save: a plan whose preview is open (or was lately) has it printed again in the
   * background, so the preview shows the new pages without waiting for the print.
   */
  planSaved(planId: string): void {
    const w = this.watched.get(planId);
    if (!w || Date.now() - w.seen > WATCH_MS) return;
    if (w.timer) clearTimeout(w.timer);
    w.timer = setTimeout(() => {
      w.timer = null;
      this.preview(planId, undefined, false).catch(() => {}); // the preview page asks again and shows any error
    }, SAVE_PAUSE_MS);
    w.timer.unref?.();
  }

  /** The preview's PDF; printing is skipped when nothing printed has changed since the last call. */
  async preview(planId: string, settings?: ExportSettings, viewed = true): Promise<PdfPreview> {
    if (viewed) this.watched.set(planId, { seen: Date.now(), timer: this.watched.get(planId)?.timer ?? null });
    const { html, fonts } = this.prepare(planId, settings);
    const key = createHash('sha256').update(html).digest('hex').slice(0, 32);
    const cached = this.previews.get(key) ?? this.printing.get(key);
    if (cached) return cached;
    const job = this.opts.printer
      .print(html, { tagged: false })
      .then((bytes) => {
        const preview: PdfPreview = { key, bytes, pages: countPdfPages(bytes), fonts: fonts.check };
        this.previews.set(key, preview);
        while (this.previews.size > PREVIEW_CACHE) this.previews.delete(this.previews.keys().next().value!);
        return preview;
      })
      .finally(() => this.printing.delete(key));
    this.printing.set(key, job);
    return job;
  }

  close(): Promise<void> {
    this.previews.clear();
    for (const w of this.watched.values()) if (w.timer) clearTimeout(w.timer);
    this.watched.clear();
    return this.opts.printer.close();
  }
}
