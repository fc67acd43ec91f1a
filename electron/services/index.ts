// The services of one open database, handed to the dispatcher, the CLI and the Electron shell.
import type { Database } from 'better-sqlite3';
import type { AppInfo } from '../../shared/api/contract';
import { CarryForwardService } from './carry-forward';
import { openDatabase, schemaVersion } from './db/open';
import { ChromiumPrinter, type Printer } from './export/pdf/printer';
import { PdfService } from './export/pdf/service';
import { ExportService } from './export/service';
import { ImportFlow } from './import/flow';
import { ImportService } from './import/service';
import { SuggestionService } from './indicator-suggestions';
import { IndicatorService } from './indicators';
import { IndicatorSpreadsheets } from './indicators-xlsx';
import { OutlineService } from './outline';
import { defaultFontsDir } from './paths';
import { PlanService, type Clock } from './plans';
import { ProgressService } from './progress';
import { ProgressReportService } from './progress-report';
import { ProgressSheetService } from './progress-sheet';
import { APP_VERSION, APP_NAME } from './version';

export type AppMode = AppInfo['mode'];

export interface ServicesOptions {
  dbPath: string;
  mode: AppMode;
  clock?: Clock;
  /** Prints PDFs: Electron's printToPDF in the app, else Chromium through playwright-core. */
  printer?: Printer;
  /** The shipped stand-in fonts (resources/fonts). */
  fontsDir?: string;
  /** Who enters measurements; the local account name by default. */
  userName?: () => string;
}

export interface Services {
  readonly db: Database;
  readonly dbPath: string;
  readonly plans: PlanService;
  readonly outline: OutlineService;
  readonly importer: ImportService;
  readonly indicators: IndicatorService;
  readonly suggestions: SuggestionService;
  readonly spreadsheets: IndicatorSpreadsheets;
  /** Preview and commit for the API: the user's path through an import. */
  readonly importFlow: ImportFlow;
  readonly carryForward: CarryForwardService;
  readonly exporter: ExportService;
  readonly pdf: PdfService;
  readonly progress: ProgressService;
  readonly progressSheets: ProgressSheetService;
  readonly progressReports: ProgressReportService;
  info(): AppInfo;
  close(): void;
}

export function openServices(opts: ServicesOptions): Services {
  const db = openDatabase(opts.dbPath);
  const plans = new PlanService(db, opts.clock);
  plans.purgeExpired();
  const outline = new OutlineService(db, opts.clock);
  const indicators = new IndicatorService(db, plans, outline, opts.clock);
  const importer = new ImportService(db, plans, outline, indicators, opts.clock);
  const progress = new ProgressService(db, outline, opts.clock, opts.userName);
  const exporter = new ExportService(db, plans, outline, indicators, opts.clock);
  const pdf = new PdfService(exporter, plans, { printer: opts.printer ?? new ChromiumPrinter(), fontsDir: opts.fontsDir ?? defaultFontsDir() });
  const services: Services = {
    db,
    dbPath: opts.dbPath,
    plans,
    outline,
    indicators,
    suggestions: new SuggestionService(db, plans, indicators, opts.clock),
    spreadsheets: new IndicatorSpreadsheets(db, plans, indicators, opts.clock),
    importer,
    importFlow: new ImportFlow(importer),
    carryForward: new CarryForwardService(db, plans, outline, opts.clock),
    exporter,
    pdf,
    progress,
    progressSheets: new ProgressSheetService(db, progress),
    progressReports: new ProgressReportService(progress, exporter, pdf, opts.clock),
    info: () => ({
      appName: APP_NAME,
      version: APP_VERSION,
      dbPath: opts.dbPath,
      schemaVersion: schemaVersion(db),
      mode: opts.mode,
    }),
    close: () => {
      void services.pdf.close(); // the browser a print started, if any
      if (db.open) db.close();
    },
  };
  return services;
}
