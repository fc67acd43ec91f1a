// Named versions (版本) of a plan's document.
import { formatDateTime } from '../format/date';

/** The name offered for a new version: 2025年3月2日 14:05 版本 (local time). */
export function defaultRevisionName(now: Date): string {
  return `${formatDateTime(now.toISOString())} 版本`;
}
