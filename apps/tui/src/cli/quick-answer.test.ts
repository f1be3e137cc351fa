import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { BIN } from '../../test/run-bin.js';
import { runBinTracingLoads } from '../../test/loaded-modules.js';
import { methodRegistry } from '../registry.js';
import { parseCommand } from './args.js';
import { quickAnswer, quickUi } from './quick-answer.js';
import { usage } from './usage.js';

/** The version the bin must print: the package's own, whatever release it is. */
const PACKAGE_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
const HELP = usage(methodRegistry, PACKAGE_VERSION);

describe('quickAnswer', () => {
  it.each([['--version'], ['-v']])('answers %s with the package version', (flag) => {
    expect(quickAnswer([flag])).toBe(`${PACKAGE_VERSION}\n`);
  });

  it.each([['--help'], ['-h'], ['help']])('answers %s with the usage of every method', (flag) => {
    expect(quickAnswer([flag])).toBe(HELP);
  });

  it.each([[[]], [['help', 'project']], [['--version', '--json']], [['project']], [['--mock']]])(
    'leaves %j to the CLI',
    (argv) => {
      expect(quickAnswer(argv)).toBeUndefined();
    },
  );
});

describe('quickUi', () => {
  it.each([
    [[], false],
    [['--mock'], true],
  ])('opens the UI for %j, as the CLI would', (argv, mock) => {
    expect(quickUi(argv)).toEqual({ mock });
    expect(parseCommand(argv, methodRegistry)).toEqual({ kind: 'ui', mock });
  });

  it.each([[['--mock', '--json']], [['project']], [['demo']], [['--version']], [['help']]])(
    'leaves %j to the CLI',
    (argv) => {
      expect(quickUi(argv)).toBeUndefined();
    },
  );
});

describe('the bundled bin answers --version and --help from its entry file alone', () => {
  it.each([
    [['--version'], `${PACKAGE_VERSION}\n`],
    [['--help'], HELP],
  ])('%j prints its answer without loading the CLI, the spec or the UI', async (args, answer) => {
    const { code, stdout, stderr, loaded } = await runBinTracingLoads(args);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(answer);
    // The entry alone: no chunk of the CLI, the spec or the UI.
    expect(loaded).toEqual([BIN]);
  });
});
