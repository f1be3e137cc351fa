import { applyDrift, findDrift, GENERATE_COMMAND, ROOT, type GeneratorOutput } from './output.js';

export interface RunOptions {
  /** Write nothing; fail naming every stale, missing or unexpected file. Defaults to `--check` being in `process.argv`. */
  readonly check?: boolean;
  /** The folder generated paths are relative to. Defaults to the repository's root. */
  readonly root?: string;
}

/**
 * One package's generators, run: `npm run generate` writes what changed and
 * removes what no generator emits any more; `npm run generate -- --check` writes
 * nothing and sets a failing exit code, naming each file. `who` names the
 * package in the messages, since each package runs its own generators.
 */
export async function runGenerators(
  who: string,
  outputs: readonly GeneratorOutput[],
  options: RunOptions = {},
): Promise<void> {
  const check = options.check ?? process.argv.includes('--check');
  const root = options.root ?? ROOT;
  const drift = await findDrift(outputs, root);
  const problems = [
    ...drift.stale.map((path) => `stale:      ${path}`),
    ...drift.missing.map((path) => `missing:    ${path}`),
    ...drift.unexpected.map((path) => `unexpected: ${path} (no generator emits it)`),
  ];
  const fileCount = outputs.reduce((count, output) => count + output.files.length, 0);

  if (check) {
    if (problems.length > 0) {
      console.error(
        `${who}: generated files differ from their sources:\n  ${problems.join('\n  ')}\nRun \`${GENERATE_COMMAND}\` and commit the result.`,
      );
      process.exitCode = 1;
    } else {
      console.log(`${who}: all ${fileCount} generated files are up to date.`);
    }
    return;
  }
  await applyDrift(outputs, drift, root);
  console.log(
    problems.length > 0
      ? `${who}: updated\n  ${problems.join('\n  ')}`
      : `${who}: all ${fileCount} generated files were already up to date.`,
  );
}
