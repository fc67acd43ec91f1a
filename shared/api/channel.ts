// Transport constants, kept free of zod so the sandboxed preload bundle stays tiny.

/** The one IPC channel the preload and the main process use. */
export const IPC_CHANNEL = 'plandesk:invoke';
/** HTTP header the web host expects its per-launch token in. */
export const TOKEN_HEADER = 'x-plandesk-token';
