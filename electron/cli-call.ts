// One API call from the command line: a refusal becomes a PlanDeskError for main() to report.
import type { MethodName, MethodOutput } from '../shared/api/contract';
import { PlanDeskError } from '../shared/api/errors';
import type { Dispatcher } from './api/dispatcher';

export async function call<M extends MethodName>(d: Dispatcher, method: M, input: unknown): Promise<MethodOutput<M>> {
  const r = await d.dispatch(method, input);
  if (!r.ok) throw new PlanDeskError(r.error.code, r.error.message);
  return r.result as MethodOutput<M>;
}
