import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The end-to-end tests run the bin users get: bundle it once, before any test file. */
export default async function buildBin(): Promise<void> {
  await promisify(execFile)(process.execPath, ['bundle.mjs'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  });
}
