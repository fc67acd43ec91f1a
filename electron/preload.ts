// The only bridge between the page and the main process: one invoke(method, input).
// ipcRenderer itself is never exposed. Sandboxed preloads must be one CommonJS bundle.
import { contextBridge, ipcRenderer } from 'electron';
// Type-only: tsc checks the literal below against the contract, and zod stays out of the bundle.
import type { IPC_CHANNEL as ContractChannel } from '../shared/api/contract';

const IPC_CHANNEL: typeof ContractChannel = 'plandesk:invoke';

contextBridge.exposeInMainWorld('plandesk', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, method, input),
});
