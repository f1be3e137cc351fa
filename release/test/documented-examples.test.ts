import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import {
  helpExamples,
  helpMethods,
  helpTopics,
  notRunBecause,
  redirectTarget,
  rowsOf,
  runsBoomstream,
  shellLines,
  type DocumentedExample,
} from '../src/documented-examples.js';
import { ROOT } from '../src/workspace.js';

/**
 * Every example the documentation shows runs as written against the demo and returns
 * at least one row. The examples are read from the built bin's help (`--help`, each
 * method's and each command's it points to, and `boomstream demo`) and from the
 * `sh` blocks of every README git tracks. Not run, each for the reason
 * `notRunBecause` gives: lines that do not run `boomstream` (npm, npx, curl,
 * boomstream-mock), lines with a value elided as `…` (the reader's own key or
 * password), and the bare UI. The examples of one text run in order in one folder,
 * as a reader pastes them (`demo --csv > customers.csv`, then an audit of that file).
 */

const BIN = join(ROOT, 'apps/tui/bin/boomstream.js');
const work = mkdtempSync(join(tmpdir(), 'boomstream-examples-'));
const binDir = join(work, 'bin');
mkdirSync(binDir);
symlinkSync(BIN, join(binDir, 'boomstream'));

/** The environment of a reader without a key: no key, password or base URL of ours set. */
const env: NodeJS.ProcessEnv = {
  PATH: `${binDir}:${process.env['PATH'] ?? ''}`,
  HOME: work,
  XDG_CONFIG_HOME: join(work, 'config'),
  NO_COLOR: '1',
};

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const help = (...args: string[]) =>
  execFileSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' });

/** Each help text the bin prints, by the command that prints it. */
function helpTexts(): Map<string, string> {
  const main = help('--help');
  const texts = new Map([['boomstream --help', main]]);
  for (const topic of [...helpMethods(main), ...helpTopics(main)]) {
    texts.set(`boomstream help ${topic}`, help('help', topic));
  }
  texts.set('boomstream demo', help('demo'));
  return texts;
}

function readmes(): Map<string, string> {
  const files = execFileSync('git', ['ls-files', '*README.md'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file !== '');
  return new Map(files.map((file) => [file, readFileSync(join(ROOT, file), 'utf8')]));
}

const documented: DocumentedExample[] = [
  ...[...helpTexts()].flatMap(([source, text]) =>
    helpExamples(text).map((line) => ({ source, line })),
  ),
  ...[...readmes()].flatMap(([source, text]) => shellLines(text).map((line) => ({ source, line }))),
].filter(({ line }) => runsBoomstream(line));

const toRun = documented.filter(({ line }) => notRunBecause(line) === undefined);

/** Runs one line in its text's folder as `sh` would; answers what it printed, or wrote to its `>` file. */
function run({ source, line }: DocumentedExample) {
  const cwd = join(work, source.replaceAll(/[^a-z0-9]+/gi, '-'));
  mkdirSync(cwd, { recursive: true });
  const result = spawnSync('sh', ['-c', line], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  const target = redirectTarget(line);
  const output = target === undefined ? result.stdout : readFileSync(join(cwd, target), 'utf8');
  return { status: result.status, stderr: result.stderr, output };
}

describe('the documented examples', () => {
  it('are found in the help texts and in the READMEs, and most of them run', () => {
    const sources = new Set(toRun.map(({ source }) => source));
    expect(sources).toContain('boomstream --help');
    expect(sources).toContain('boomstream help target');
    expect(sources).toContain('boomstream help session');
    expect(sources).toContain('boomstream help audit');
    expect(sources).toContain('boomstream demo');
    expect(sources).toContain('apps/tui/README.md');
    expect(toRun.length).toBeGreaterThan(documented.length / 2);
  });

  it.each(toRun.map((example) => [example.source, example.line, example] as const))(
    '%s: %s returns at least one row on the demo',
    (_source, line, example) => {
      const { status, stderr, output } = run(example);
      expect(status, stderr).toBe(0);
      expect(rowsOf(line, output), output.slice(0, 400)).toBeGreaterThanOrEqual(1);
    },
    60_000,
  );
});
