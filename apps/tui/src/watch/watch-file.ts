import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';

import { params } from '@boomstream/spec';

/** Where the watch list lives, and how to read and write it; tests hand in their own. */
export interface WatchStore {
  /** The file, shown to the user so they know where their list is. */
  readonly path: string;
  load(): Promise<string[]>;
  save(codes: readonly string[]): Promise<void>;
}

/**
 * The user's configuration folder, as the XDG Base Directory spec says on Linux:
 * `$XDG_CONFIG_HOME` when it is an absolute path, else `~/.config`; `%APPDATA%` on Windows.
 */
export function configDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const xdg = env['XDG_CONFIG_HOME'];
  if (xdg && isAbsolute(xdg)) return join(xdg, 'boomstream');
  const appData = env['APPDATA'];
  if (platform === 'win32' && appData) return join(appData, 'boomstream');
  return join(home, '.config', 'boomstream');
}

/** A media code's problem in the spec's words, or `undefined` for a good one. */
export function codeProblem(code: string): string | undefined {
  const result = params.code.schema.safeParse(code);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/** The codes of a watch-list file's text: `{ "codes": [...] }`; anything else is an error naming the file. */
function parseWatchFile(text: string, path: string): string[] {
  const data: unknown = JSON.parse(text);
  const codes = (data as { codes?: unknown } | null)?.codes;
  if (!Array.isArray(codes) || !codes.every((code) => typeof code === 'string')) {
    throw new Error(`${path}: must be {"codes": ["AbCd1234", …]}`);
  }
  return [...new Set(codes)];
}

/** The watch list kept as `watch.json` in the user's configuration folder. */
export function watchFile(dir: string): WatchStore {
  const path = join(dir, 'watch.json');
  return {
    path,
    async load() {
      try {
        return parseWatchFile(await readFile(path, 'utf8'), path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
    async save(codes) {
      await mkdir(dirname(path), { recursive: true });
      // Written aside, then renamed: a crash mid-write never leaves half a list.
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, `${JSON.stringify({ codes }, null, 2)}\n`);
      await rename(temporary, path);
    },
  };
}
