// Which service answers which method. Inputs arrive already validated by the dispatcher.
import type { DocumentLike } from '../../shared/outline/document';
import type { Services } from '../services/index';
import type { Handlers } from './dispatcher';

export function createHandlers(s: Services): Handlers {
  return {
    'app.info': () => s.info(),
    'plans.list': () => s.plans.list(),
    'plans.get': ({ id }) => s.plans.get(id),
    'plans.create': (input) => s.plans.create(input),
    'plans.rename': ({ id, title }) => s.plans.rename(id, title),
    'plans.delete': ({ id }) => s.plans.delete(id),
    'plans.trash': () => s.plans.trash(),
    'plans.restore': ({ id }) => s.plans.restore(id),
    'plans.purge': ({ id }) => s.plans.purge(id),
    'plans.saveDocument': ({ id, document, numberingMode }) => s.outline.save(id, document as DocumentLike, numberingMode),
    'plans.setNumberingMode': ({ id, numberingMode }) => s.outline.setNumberingMode(id, numberingMode),
    'outline.list': ({ id }) => s.outline.list(id),
    'units.list': () => s.outline.unitNames(),
    'revisions.save': ({ id, name }) => s.outline.saveRevision(id, name),
    'revisions.list': ({ id }) => s.outline.listRevisions(id),
    'revisions.restore': ({ id, revisionId }) => s.outline.restoreRevision(id, revisionId),
    'progress.set': ({ via, ...input }) => s.progress.setValue(input, via),
    'progress.grid': ({ id, period }) => s.progress.grid(id, period),
    'progress.history': ({ targetId, period }) => s.progress.history(targetId, period),
    'progress.status': ({ id, date }) => s.progress.status(id, date),
    'progress.dashboard': ({ id, date }) => s.progress.dashboard(id, date),
    'progress.report': ({ id, date }) => s.progress.report(id, date),
    'progress.settings': () => ({ lagTolerance: s.progress.lagTolerance() }),
    'progress.saveSettings': ({ lagTolerance }) => s.progress.saveLagTolerance(lagTolerance),
    'progress.exportSheet': ({ id, unit, period }) => s.progressSheets.exportSheet(id, unit, period),
    'progress.importSheet': ({ id, fileName, data }) => s.progressSheets.importSheet(id, fileName, data),
  };
}
