import { VERSION } from '../version.js';

/**
 * The command lines that open the UI and say nothing else: `boomstream` and
 * `boomstream --mock`. start.ts opens the UI for them without loading the CLI, whose
 * parser is built on the spec; the CLI reads every other command line, these too.
 */
export function quickUi(argv: readonly string[]): { readonly mock: boolean } | undefined {
  if (argv.length === 0) return { mock: false };
  if (argv.length === 1 && argv[0] === '--mock') return { mock: true };
  return undefined;
}

/**
 * The answer to `boomstream --version` (or `-v`) alone on the command line, which
 * main.ts prints without loading the CLI. Undefined for any other command line, which
 * the CLI answers (`--help` too: the usage is made from the spec).
 */
export function quickAnswer(argv: readonly string[]): string | undefined {
  return argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')
    ? `${VERSION}\n`
    : undefined;
}
