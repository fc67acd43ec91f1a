import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDbPath } from '../../../electron/services/paths';

describe('where the data file lives', () => {
  it('--db wins over PLANDESK_DB, which wins over the default folder', () => {
    const env = { PLANDESK_DB: '/srv/plandesk/env.db', XDG_CONFIG_HOME: '/home/u/.config' };
    expect(resolveDbPath({ flag: '/tmp/flag.db', env })).toBe('/tmp/flag.db');
    expect(resolveDbPath({ env })).toBe('/srv/plandesk/env.db');
    expect(resolveDbPath({ env: { XDG_CONFIG_HOME: '/home/u/.config' } })).toBe(
      path.join('/home/u/.config', '工作要点编制台', 'plandesk.db'),
    );
  });

  it('the default folder is the one the desktop app uses on each system', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toContain('工作要点编制台');
    expect(defaultDataDir({}, 'darwin')).toContain(path.join('Library', 'Application Support', '工作要点编制台'));
  });
});
