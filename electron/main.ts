// Electron main process: wires the shell (electron/shell/*) to the services and the API.
// Everything that is not about windows, IPC or the protocol lives in services/ and api/.
import { app, type BrowserWindow } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { createDispatcher } from './api/dispatcher';
import { openServices, type Services } from './services/index';
import { desktopDbPath } from './shell/db-path';
import { failStartup } from './shell/fatal';
import { registerApiHandler } from './shell/ipc';
import { installMenu } from './shell/menu';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { installSecurityGuards } from './shell/security';
import { createElectronPrinter } from './shell/printer';
import { createMainWindow, focusWindow } from './shell/window';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer.
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
// The PDF's stand-in fonts: packaged as extra resources (electron-builder.yml), else the checkout's.
const FONTS_DIR = app.isPackaged ? path.join(process.resourcesPath, 'fonts') : path.join(__dirname, '..', '..', 'resources', 'fonts');

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another window already has the database open; it is brought to the front instead.
  app.quit();
} else {
  run();
}

function run(): void {
  let services: Services | null = null;
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    services?.close();
    services = null;
  });

  void app.whenReady().then(() => {
    const dbPath = desktopDbPath(process.argv, process.env);
    try {
      fs.mkdirSync(path.dirname(dbPath), { recursive: true });
      services = openServices({ dbPath, mode: 'electron', printer: createElectronPrinter(), fontsDir: FONTS_DIR });
    } catch (error) {
      failStartup(error, dbPath);
      return;
    }
    installSecurityGuards();
    serveRenderer(RENDERER_DIR);
    registerApiHandler(createDispatcher(services));
    installMenu();
    mainWindow = createMainWindow(PRELOAD_PATH);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
