// A suggestion as the app sends it back to accept it unchanged.
import type { AcceptedSuggestion, Suggestion } from '../../../shared/api/indicators';

export const toAccepted = ({ key, itemUid, sentence, name, value, valueMax, unit, comparator, direction, deadline }: Suggestion): AcceptedSuggestion => ({
  key,
  itemUid,
  sentence,
  name,
  value,
  valueMax,
  unit,
  comparator,
  direction,
  deadline,
});
