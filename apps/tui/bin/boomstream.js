#!/usr/bin/env node
// npm links a package's bins when it installs it, before anything in a fresh clone is
// built: this committed file is what it links, and the program is the build's output.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { URL } from 'node:url';

// Node 22.1+ keeps the bundle's compiled code on disk (in the system's temporary folder)
// for the next start, which then skips compiling it; Node 20 has no such cache.
module.enableCompileCache?.();

// The global, not `node:process`: Node builds that module by reading every property of
// `process`, some of which are slow to build (a good part of `boomstream --version`'s time).
const { process } = globalThis;

const program = new URL('../dist/boomstream.js', import.meta.url);
if (existsSync(program)) {
  await import(program.href);
} else {
  process.stderr.write('boomstream: not built yet. Run `npm run build` in the repository first.\n');
  process.exitCode = 1;
}
