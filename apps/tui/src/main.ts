#!/usr/bin/env node
import { EXIT } from './cli/exit-codes.js';
import { quickAnswer } from './cli/quick-answer.js';

// A reader that stops early (`boomstream project --all --csv | head`) is no error: stop
// quietly, as `cat` does, instead of Node's stack trace for the unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`boomstream: output: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? EXIT.ok : EXIT.failure);
});

// `--version` is answered by this file alone: start.ts and all it imports are built apart
// (bundle.mjs) and load only for the other command lines.
const argv = process.argv.slice(2);
const quick = quickAnswer(argv);
if (quick === undefined) {
  const { start } = await import('./start.js');
  process.exitCode = await start(argv);
} else {
  process.stdout.write(quick);
}
