import { VERSION } from '../version.js';
import { HELP } from './help-text.js';

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
