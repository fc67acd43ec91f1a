// Vite config for the renderer. Run from the repo root:
//   npx vite build --config renderer/vite.config.ts   -> dist/renderer
//   npx vite --config renderer/vite.config.ts         -> dev server (see server.proxy)
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const devApi = process.env.PLANDESK_DEV_API;

// The dev server injects an inline React Refresh preamble that the CSP would block.
// The CSP applies to the built app; in dev only, the meta tag is dropped.
function dropCspInDev(): Plugin {
  return {
    name: 'plandesk:drop-csp-in-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/, '');
    },
  };
}

export default defineConfig({
  root: rendererRoot,
  // Absolute asset URLs: deep routes such as /plans/<id> must still find /assets/….
  base: '/',
  plugins: [react(), dropCspInDev()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // No inline data: scripts and no remote anything; assets are files next to index.html.
    assetsInlineLimit: 0,
  },
  server: {
    // shared/ lives outside renderer/.
    fs: { allow: [repoRoot] },
    // Dev against a running web host: PLANDESK_DEV_API=http://127.0.0.1:<port>, then open
    // the dev server with ?token=<that host's token>.
    proxy: devApi
      ? {
          '/api': {
            target: devApi,
            // The host accepts only its own Host and Origin; present the proxied call as local.
            changeOrigin: true,
            configure: (proxy) => proxy.on('proxyReq', (req) => req.setHeader('origin', devApi)),
          },
        }
      : undefined,
  },
});
