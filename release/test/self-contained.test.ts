import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { outsideReferences } from '../src/outside-references.js';
import { ROOT } from '../src/workspace.js';

/** Every file git tracks, as paths from the root. */
function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file.length > 0);
}

describe('the repository', () => {
  it('has no tracked file that reads, links or names a path outside its root', () => {
    const files = trackedFiles();
    expect(files).toContain('docs/api.md');
    const found = files.flatMap((file) => {
      const content = readFileSync(join(ROOT, file));
      // Binary files (NUL bytes) hold no paths to read.
      if (content.includes(0)) return [];
      return outsideReferences(file, content.toString('utf8'));
    });
    expect(found).toEqual([]);
  });
});
