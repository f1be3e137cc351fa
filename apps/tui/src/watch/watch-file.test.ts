import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { codeProblem, configDir, watchFile } from './watch-file.js';

describe('configDir', () => {
  it('follows XDG_CONFIG_HOME when absolute, else ~/.config, and %APPDATA% on Windows', () => {
    expect(configDir({ XDG_CONFIG_HOME: '/tmp/xdg' }, 'linux', '/srv/ann-home')).toBe(
      '/tmp/xdg/boomstream',
    );
    // The XDG spec says to ignore a relative path.
    expect(configDir({ XDG_CONFIG_HOME: 'rel' }, 'linux', '/srv/ann-home')).toBe(
      '/srv/ann-home/.config/boomstream',
    );
    expect(configDir({}, 'darwin', '/srv/ann-mac')).toBe('/srv/ann-mac/.config/boomstream');
    expect(
      configDir({ APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ann'),
    ).toContain('boomstream');
  });
});

describe('watchFile', () => {
  it('reads nothing before the first save, then what was saved, creating the folder', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'boomstream-watch-')), 'boomstream');
    const store = watchFile(dir);
    expect(store.path).toBe(join(dir, 'watch.json'));
    expect(await store.load()).toEqual([]);
    await store.save(['AbCd1234', 'EfGh5678']);
    expect(await store.load()).toEqual(['AbCd1234', 'EfGh5678']);
    expect(JSON.parse(await readFile(store.path, 'utf8'))).toEqual({
      codes: ['AbCd1234', 'EfGh5678'],
    });
  });

  it('refuses a file of another shape, naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'boomstream-watch-'));
    await writeFile(join(dir, 'watch.json'), '["AbCd1234"]');
    await expect(watchFile(dir).load()).rejects.toThrow(`${join(dir, 'watch.json')}: must be`);
  });

  it('checks a code by the spec’s rule', () => {
    expect(codeProblem('AbCd1234')).toBeUndefined();
    expect(codeProblem('abc')).toBe('must be 8 letters or digits, e.g. AbCd1234');
  });
});
