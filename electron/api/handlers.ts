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
    'import.preview': (input) => s.importFlow.preview(input),
    'import.commit': (input) => s.importFlow.commit(input),
    'carry-forward.run': ({ id }) => s.carryForward.carryForward(id),
  };
}
