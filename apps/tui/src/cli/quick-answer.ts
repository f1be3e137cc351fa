import { VERSION } from '../version.js';
import { HELP } from './help-text.js';

/**
 * The command lines that open the UI and say nothing else: `boomstream` and
 * `boomstream --mock`. main.ts opens the UI for them without loading the CLI, whose
 * parser is built on the spec; the CLI reads every other command line, these too.
 */
export function quickUi(argv: readonly string[]): { readonly mock: boolean } | undefined {
  if (argv.length === 0) return { mock: false };
  if (argv.length === 1 && argv[0] === '--mock') return { mock: true };
  return undefined;
}

/**
 * The answer to `boomstream --version` or `boomstream --help` (and their short
 * forms) alone on the command line, which need neither the CLI nor the UI: main.ts
 * prints it before loading either. Undefined for any other command line.
 */
export function quickAnswer(argv: readonly string[]): string | undefined {
  if (argv.length !== 1) return undefined;
  switch (argv[0]) {
    case '--version':
    case '-v':
      return `${VERSION}\n`;
    case '--help':
    case '-h':
    case 'help':
      return HELP;
    default:
      return undefined;
  }
}
