#!/usr/bin/env node
// npm links a package's bins when it installs it, before anything in a fresh clone is
// built: this committed file is what it links, and the program is the build's output.
import { existsSync } from 'node:fs';

const program = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(program)) {
  await import(program.href);
} else {
  console.error('boomstream-mock: not built yet. Run `npm run build` in the repository first.');
  process.exitCode = 1;
}
