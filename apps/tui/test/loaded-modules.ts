import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { runBin, type BinResult } from './run-bin.js';

/**
 * Module hooks (registered through `--import`) that append the path of every file
 * loaded as an ES module to `$TRACE_FILE`, from the hooks' own thread.
 */
const TRACE_HOOKS = `import { appendFileSync } from 'node:fs';
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:')) appendFileSync(process.env.TRACE_FILE, url + '\\n');
  return nextLoad(url, context);
}`;
const REGISTER = `import { register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(TRACE_HOOKS)}`)});`;

/** Runs the bin as {@link runBin} does, and lists the files it loaded as modules. */
export async function runBinTracingLoads(
  args: readonly string[],
): Promise<BinResult & { readonly loaded: readonly string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'boomstream-loads-'));
  const traceFile = join(dir, 'loaded.txt');
  try {
    const result = await runBin(args, {
      NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(REGISTER)}`,
      TRACE_FILE: traceFile,
    });
    const lines = (await readFile(traceFile, 'utf8')).split('\n').filter((line) => line !== '');
    return { ...result, loaded: lines.map((url) => fileURLToPath(url)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
