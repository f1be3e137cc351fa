/**
 * `npm run generate` writes every generated file from the spec;
 * `npm run generate -- --check` writes nothing and fails, naming each file, when
 * any is stale, missing or no longer generated.
 */
// First: schemas made after it get `.openapi()` (see the module).
import './zod-openapi-setup.js';

import { generateAll } from './all.js';
import { applyDrift, findDrift, GENERATE_COMMAND } from './output.js';

const check = process.argv.includes('--check');
const outputs = await generateAll();
const drift = await findDrift(outputs);
const problems = [
  ...drift.stale.map((path) => `stale:      ${path}`),
  ...drift.missing.map((path) => `missing:    ${path}`),
  ...drift.unexpected.map((path) => `unexpected: ${path} (no generator emits it)`),
];
const fileCount = outputs.reduce((count, output) => count + output.files.length, 0);

if (check) {
  if (problems.length > 0) {
    console.error(
      `Generated files differ from the spec:\n  ${problems.join('\n  ')}\nRun \`${GENERATE_COMMAND}\` and commit the result.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`All ${fileCount} generated files are up to date.`);
  }
} else {
  await applyDrift(outputs, drift);
  console.log(
    problems.length > 0
      ? `Updated:\n  ${problems.join('\n  ')}`
      : `All ${fileCount} generated files were already up to date.`,
  );
}
