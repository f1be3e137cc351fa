import { fileURLToPath } from 'node:url';

import { runNode, type NodeRun } from './run-node.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Runs `scripts/redocly.js` (the Redocly CLI, offline) in this package; never throws on exit codes. */
export async function redocly(args: readonly string[]): Promise<NodeRun> {
  return runNode(['scripts/redocly.js', ...args], packageDir);
}
