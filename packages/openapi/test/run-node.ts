import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** What a Node.js script printed and how it exited. */
export interface NodeRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <args>` to its end; a non-zero exit is a result, not an error. */
export async function runNode(args: readonly string[], cwd?: string): Promise<NodeRun> {
  const options = { maxBuffer: 16 * 1024 * 1024, ...(cwd !== undefined && { cwd }) };
  return promisify(execFile)(process.execPath, args, options).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: unknown) => {
      const failed = error as { code?: unknown; stdout?: string; stderr?: string };
      // `code` is the exit code, or an errno string when node itself could not start.
      if (typeof failed.code !== 'number') throw error;
      return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
    },
  );
}
