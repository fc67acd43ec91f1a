// The only bridge between the page and the main process: one invoke(method, input).
// ipcRenderer itself is never exposed. Sandboxed preloads must be one CommonJS bundle.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from '../shared/api/channel';

contextBridge.exposeInMainWorld('plandesk', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, method, input),
});
