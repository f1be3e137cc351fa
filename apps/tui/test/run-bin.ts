import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The bundled bin, built by `test/build-bin.ts` before the tests. */
export const BIN = fileURLToPath(new URL('../dist/boomstream.js', import.meta.url));

export interface BinResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the bin with exactly `env` (no inherited API key or CI), feeding `input`
 * to stdin; resolves when it exits.
 */
export function runBin(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
  input = '',
): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}
