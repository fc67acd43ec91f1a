// What a 专栏 draws from: the plan's targets as the page last read them (the page reads them again
// after every change to a target, so the table follows SQLite). Provided by the plan page.
import { createContext } from 'react';
import type { Target } from '../../../../shared/api/indicators';

export interface IndicatorTableData {
  /** null while the first read is on its way. */
  targets: readonly Target[] | null;
  error: string | null;
}

export const IndicatorTableDataContext = createContext<IndicatorTableData>({ targets: null, error: null });
