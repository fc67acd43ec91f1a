// The app's name and version, from package.json (bundled into the Electron build by esbuild).
import pkg from '../../package.json' with { type: 'json' };

export const APP_NAME = '工作要点编制台';
export const APP_VERSION: string = pkg.version;
