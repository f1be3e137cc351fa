import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

describe('the published package', () => {
  it('ships the bundled bin and a README about using it', async () => {
    const { stdout } = await promisify(execFile)(
      'npm',
      ['pack', '--dry-run', '--json', '--ignore-scripts'],
      { cwd: PACKAGE_DIR },
    );
    const [pack] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    const files = pack.files.map(({ path }) => path);
    expect(files).toContain('dist/boomstream.js');
    // The chunks the entry loads on demand ship with it; the build's list of its inputs does not.
    expect(files).toContain('dist/chunks/run-ui.js');
    expect(files).not.toContain('dist/inputs.json');
    expect(files).toContain('README.md');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    for (const topic of ['boomstream demo', 'watch list', 'NO_COLOR', '--timeout', 'Exit codes']) {
      expect(readme).toContain(topic);
    }
  }, 30_000);
});
