// What the preload exposes on window (Electron only). In a browser it is absent.
import type { ApiResult } from '../../shared/api/errors';

declare global {
  interface Window {
    plandesk?: {
      invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
    };
  }
}

export {};
