import { createHash } from 'node:crypto';
import { link, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';

import { params } from '@boomstream/spec';

/** The list as loaded, and what the user must be told about its file. */
export interface WatchLoad {
  readonly codes: string[];
  /** Set when the file could not be used as it was (set aside, or unreadable): for the status line. */
  readonly problem?: string | undefined;
}

/** Where the watch list lives, and how to read and write it; tests hand in their own. */
export interface WatchStore {
  /** The file, shown to the user so they know where their list is; `undefined` when kept in memory only. */
  readonly path: string | undefined;
  load(): Promise<WatchLoad>;
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

/** Hashed before the key, so that this fingerprint matches no other use of a hash of the key. */
const FINGERPRINT_LABEL = 'boomstream watch list project\0';

/**
 * The name a project's list goes under in `watch.json`: 12 hex digits of SHA-256 of a
 * fixed label and the API key, never the key. A plain hash is enough here, unlike for
 * the customers' passwords of `audit` (keyed there): an API key is a long random
 * string, so no one can find it by hashing guesses, as one could a short password.
 * 48 bits keep apart the few projects one user has.
 */
export function projectFingerprint(apiKey: string): string {
  return createHash('sha256').update(FINGERPRINT_LABEL).update(apiKey).digest('hex').slice(0, 12);
}

/** A list of codes, each once; `undefined` if `value` is not a list of strings. */
function codeList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || !value.every((code) => typeof code === 'string')) return undefined;
  return [...new Set(value)];
}

/**
 * `watch.json`: every project's list under its fingerprint (`{"projects": {"<fp>":
 * {"codes": [...]}}}`), or the one list of earlier versions (`{"codes": [...]}`).
 */
type WatchFileData =
  | { readonly format: 'projects'; readonly projects: Record<string, string[]> }
  | { readonly format: 'single'; readonly codes: string[] };

const WRONG_SHAPE = 'not {"projects": {"<project>": {"codes": ["AbCd1234", …]}}}';

/** The file's text read, or why it is not a watch list. */
function parseWatchFile(text: string): WatchFileData | { readonly broken: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { broken: `bad JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { broken: WRONG_SHAPE };
  const record = data as Record<string, unknown>;
  if ('projects' in record && !('codes' in record)) {
    const projects = record['projects'];
    if (typeof projects !== 'object' || projects === null || Array.isArray(projects))
      return { broken: WRONG_SHAPE };
    const lists: Record<string, string[]> = {};
    for (const [project, list] of Object.entries(projects)) {
      const codes = codeList((list as { codes?: unknown } | null)?.codes);
      if (!codes) return { broken: WRONG_SHAPE };
      lists[project] = codes;
    }
    return { format: 'projects', projects: lists };
  }
  const codes = 'projects' in record ? undefined : codeList(record['codes']);
  return codes ? { format: 'single', codes } : { broken: WRONG_SHAPE };
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    },
  );

/**
 * Moves a broken file to `<file>.broken` (`.broken.1`, `.broken.2`, … when taken), never
 * over an earlier one, and answers where. A hard link fails when the name is taken, so
 * two runs cannot pick the same name; where links are not supported the name is checked
 * first, then renamed.
 */
export async function setAside(path: string): Promise<string> {
  for (let suffix = 0; ; suffix += 1) {
    const aside = `${path}.broken${suffix === 0 ? '' : `.${suffix}`}`;
    try {
      await link(path, aside);
      await unlink(path);
      return aside;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
      if (await exists(aside)) continue;
      await rename(path, aside);
      return aside;
    }
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The watch list of one project (`project`: its fingerprint), kept with the user's other
 * projects' lists in `watch.json` in the configuration folder. An earlier version's single
 * list becomes this project's list at the first load. A file that is not a watch list is
 * set aside and the list starts empty; one that cannot be read is left as it is, and the
 * list is then not saved over it.
 */
export function watchFile(dir: string, project: string): WatchStore {
  const path = join(dir, 'watch.json');
  /** Why saving would lose what the file holds, when it would. */
  let unsafe: string | undefined;

  const read = async (): Promise<WatchFileData | { readonly broken: string } | undefined> => {
    try {
      return parseWatchFile(await readFile(path, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };

  const write = async (projects: Record<string, readonly string[]>) => {
    await mkdir(dirname(path), { recursive: true });
    const lists = Object.fromEntries(
      Object.entries(projects).map(([name, codes]) => [name, { codes }]),
    );
    // Written aside, then renamed: a crash mid-write never leaves half a list.
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify({ projects: lists }, null, 2)}\n`);
    await rename(temporary, path);
  };

  return {
    path,
    async load() {
      let data;
      try {
        data = await read();
      } catch (error) {
        unsafe = `${path} could not be read (${reasonOf(error)})`;
        return { codes: [], problem: `Watch list not loaded: ${unsafe}; it is not saved.` };
      }
      if (data === undefined) return { codes: [] };
      if ('broken' in data) {
        try {
          const aside = await setAside(path);
          return {
            codes: [],
            problem: `watch.json set aside as ${basename(aside)}, the watch list starts empty: it was ${data.broken}.`,
          };
        } catch (error) {
          unsafe = `${path} is ${data.broken}`;
          return {
            codes: [],
            problem: `watch.json could not be set aside (${reasonOf(error)}; it is ${data.broken}): the watch list starts empty and is not saved.`,
          };
        }
      }
      if (data.format === 'projects') return { codes: data.projects[project] ?? [] };
      // The single list of an earlier version becomes this project's, saved so at once: a
      // run with another project's key later must not take it for its own.
      try {
        await write({ [project]: data.codes });
        return { codes: data.codes };
      } catch (error) {
        unsafe = `${path} is in an earlier format, not yet moved to this project's list`;
        return {
          codes: data.codes,
          problem: `Watch list not moved to this project's list (${reasonOf(error)}); changes will not be saved.`,
        };
      }
    },
    async save(codes) {
      if (unsafe !== undefined) throw new Error(`${unsafe}: not written over`);
      const data = await read();
      if (data !== undefined && 'broken' in data)
        throw new Error(`${path} is ${data.broken}: not written over`);
      // An older boomstream may have written its single list since the load: kept, not lost.
      if (data?.format === 'single')
        throw new Error(`${path} was written by an earlier version since: not written over`);
      const others = data?.projects ?? {};
      await write({ ...others, [project]: codes });
    },
  };
}

/** A list kept in memory for this run only: the demo's, which must never reach the user's file. */
export function memoryWatchStore(codes: readonly string[]): WatchStore {
  let kept = [...codes];
  return {
    path: undefined,
    load: () => Promise.resolve({ codes: [...kept] }),
    save(next) {
      kept = [...next];
      return Promise.resolve();
    },
  };
}
