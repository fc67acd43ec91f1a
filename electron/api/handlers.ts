// Which service answers which method. Inputs arrive already validated by the dispatcher.
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
  };
}
