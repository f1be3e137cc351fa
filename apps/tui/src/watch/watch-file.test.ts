import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  codeProblem,
  configDir,
  memoryWatchStore,
  projectFingerprint,
  watchFile,
} from './watch-file.js';

const KEY_A = 'bs-live-key-0123456789abcdef0123456789abcdef';
const KEY_B = 'bs-live-key-fedcba9876543210fedcba9876543210';

const tempDir = async () => join(await mkdtemp(join(tmpdir(), 'boomstream-watch-')), 'boomstream');
const readJson = async (path: string): Promise<unknown> =>
  JSON.parse(await readFile(path, 'utf8')) as unknown;

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

describe('projectFingerprint', () => {
  it('is 12 hex digits of SHA-256 of the label and the key, never the key', () => {
    // Computed outside this code: printf 'boomstream watch list project\0<key>' | sha256sum
    expect(projectFingerprint(KEY_A)).toBe('9450ff9440e8');
    expect(projectFingerprint(KEY_B)).toMatch(/^[0-9a-f]{12}$/);
    expect(projectFingerprint(KEY_B)).not.toBe(projectFingerprint(KEY_A));
  });
});

describe('watchFile', () => {
  it('reads nothing before the first save, then what was saved, creating the folder', async () => {
    const dir = await tempDir();
    const store = watchFile(dir, 'project-a');
    expect(store.path).toBe(join(dir, 'watch.json'));
    expect(await store.load()).toEqual({ codes: [] });
    await store.save(['AbCd1234', 'EfGh5678']);
    expect(await store.load()).toEqual({ codes: ['AbCd1234', 'EfGh5678'] });
    expect(await readJson(join(dir, 'watch.json'))).toEqual({
      projects: { 'project-a': { codes: ['AbCd1234', 'EfGh5678'] } },
    });
  });

  it('keeps one list per project in one file, under the fingerprint and never the key', async () => {
    const dir = await tempDir();
    const a = watchFile(dir, projectFingerprint(KEY_A));
    const b = watchFile(dir, projectFingerprint(KEY_B));
    await a.load();
    await b.load();
    await a.save(['AbCd1234', 'EfGh5678']);
    await b.save(['IjKl9012']);
    await a.save(['AbCd1234']);
    expect((await watchFile(dir, projectFingerprint(KEY_A)).load()).codes).toEqual(['AbCd1234']);
    expect((await watchFile(dir, projectFingerprint(KEY_B)).load()).codes).toEqual(['IjKl9012']);
    const text = await readFile(join(dir, 'watch.json'), 'utf8');
    expect(text).not.toContain(KEY_A);
    expect(text).not.toContain(KEY_B);
    expect(Object.keys((JSON.parse(text) as { projects: object }).projects).sort()).toEqual(
      [projectFingerprint(KEY_A), projectFingerprint(KEY_B)].sort(),
    );
  });

  it('moves an earlier version’s single list to the first project that loads it, keeping every code', async () => {
    const dir = await tempDir();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'watch.json'), '{"codes": ["AbCd1234", "EfGh5678", "AbCd1234"]}\n');
    expect(await watchFile(dir, 'project-a').load()).toEqual({
      codes: ['AbCd1234', 'EfGh5678'],
    });
    expect(await readJson(join(dir, 'watch.json'))).toEqual({
      projects: { 'project-a': { codes: ['AbCd1234', 'EfGh5678'] } },
    });
    // Another project, later, does not take it for its own.
    expect((await watchFile(dir, 'project-b').load()).codes).toEqual([]);
    expect((await watchFile(dir, 'project-a').load()).codes).toEqual(['AbCd1234', 'EfGh5678']);
  });

  it('sets a broken file aside, never over an earlier one, says so, and starts empty', async () => {
    const dir = await tempDir();
    await mkdir(dir, { recursive: true });
    const path = join(dir, 'watch.json');
    await writeFile(path, '{"codes": ["AbCd1234",');
    const first = await watchFile(dir, 'project-a').load();
    expect(first.codes).toEqual([]);
    expect(first.problem).toContain('set aside as watch.json.broken');
    expect(first.problem).toContain('bad JSON');
    // A wrong shape is broken too; the first one set aside stays as it was.
    await writeFile(path, '["AbCd1234"]');
    const second = await watchFile(dir, 'project-a').load();
    expect(second.codes).toEqual([]);
    expect(second.problem).toContain('set aside as watch.json.broken.1');
    expect((await readdir(dir)).sort()).toEqual(['watch.json.broken', 'watch.json.broken.1']);
    expect(await readFile(`${path}.broken`, 'utf8')).toBe('{"codes": ["AbCd1234",');
    expect(await readFile(`${path}.broken.1`, 'utf8')).toBe('["AbCd1234"]');
    // The list saves again where the broken file was.
    const store = watchFile(dir, 'project-a');
    await store.load();
    await store.save(['EfGh5678']);
    expect(await readJson(path)).toEqual({ projects: { 'project-a': { codes: ['EfGh5678'] } } });
  });

  it('refuses to save over a file that became broken since the load', async () => {
    const dir = await tempDir();
    const store = watchFile(dir, 'project-a');
    await store.load();
    await store.save(['AbCd1234']);
    await writeFile(store.path ?? '', 'not json');
    await expect(store.save(['EfGh5678'])).rejects.toThrow('not written over');
    expect(await readFile(store.path ?? '', 'utf8')).toBe('not json');
  });

  it('checks a code by the spec’s rule', () => {
    expect(codeProblem('AbCd1234')).toBeUndefined();
    expect(codeProblem('abc')).toBe('must be 8 letters or digits, e.g. AbCd1234');
  });
});

describe('memoryWatchStore', () => {
  it('keeps the list for the run, with no file', async () => {
    const store = memoryWatchStore(['AbCd1234', 'EfGh5678']);
    expect(store.path).toBeUndefined();
    await store.save(['AbCd1234']);
    expect(await store.load()).toEqual({ codes: ['AbCd1234'] });
  });
});
