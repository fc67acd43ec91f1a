// The services of one open database, handed to the dispatcher, the CLI and the Electron shell.
import type { Database } from 'better-sqlite3';
import type { AppInfo } from '../../shared/api/contract';
import { CarryForwardService } from './carry-forward';
import { openDatabase, schemaVersion } from './db/open';
import { ImportFlow } from './import/flow';
import { ImportService } from './import/service';
import { OutlineService } from './outline';
import { PlanService, type Clock } from './plans';
import { APP_VERSION, APP_NAME } from './version';

export type AppMode = AppInfo['mode'];

export interface ServicesOptions {
  dbPath: string;
  mode: AppMode;
  clock?: Clock;
}

export interface Services {
  readonly db: Database;
  readonly dbPath: string;
  readonly plans: PlanService;
  readonly outline: OutlineService;
  readonly importer: ImportService;
  /** Preview and commit for the API: the user's path through an import. */
  readonly importFlow: ImportFlow;
  readonly carryForward: CarryForwardService;
  info(): AppInfo;
  close(): void;
}

export function openServices(opts: ServicesOptions): Services {
  const db = openDatabase(opts.dbPath);
  const plans = new PlanService(db, opts.clock);
  plans.purgeExpired();
  const outline = new OutlineService(db, opts.clock);
  const importer = new ImportService(db, plans, outline, opts.clock);
  return {
    db,
    dbPath: opts.dbPath,
    plans,
    outline,
    importer,
    importFlow: new ImportFlow(importer),
    carryForward: new CarryForwardService(db, plans, outline, opts.clock),
    info: () => ({
      appName: APP_NAME,
      version: APP_VERSION,
      dbPath: opts.dbPath,
      schemaVersion: schemaVersion(db),
      mode: opts.mode,
    }),
    close: () => {
      if (db.open) db.close();
    },
  };
}
