import { describe, expect, it } from 'vitest';

import { outsideReferences } from '../src/outside-references.js';

const upTo = (depth: number) => '../'.repeat(depth);

describe('outsideReferences', () => {
  it('finds the folder beside the repository, from any depth', () => {
    const found = outsideReferences(
      'packages/mocks/README.md',
      `It behaves as \`${upTo(1)}shared/api/x\` says.`,
    );
    expect(found.map(({ line, why }) => ({ line, why }))).toContainEqual({
      line: 1,
      why: 'the folder beside the repository',
    });
  });

  it('finds a relative path that climbs above the root, and where it is', () => {
    const text = `first line\nconst ref = new URL('${upTo(4)}elsewhere/file.txt', import.meta.url);`;
    expect(outsideReferences('spec/src/methods/x.test.ts', text)).toEqual([
      {
        file: 'spec/src/methods/x.test.ts',
        line: 2,
        text: `${upTo(4)}elsewhere/file.txt`,
        why: 'a relative path that leaves the root',
      },
    ]);
  });

  it('accepts a relative path that stays inside the root', () => {
    const text = `"extends": "${upTo(2)}tsconfig.base.json"\nnew URL('${upTo(3)}docs/api.md', import.meta.url)`;
    expect(outsideReferences('spec/src/methods/x.test.ts', text)).toEqual([]);
    expect(outsideReferences('packages/client/tsconfig.json', text.split('\n')[0]!)).toEqual([]);
  });

  it('finds the outside reference documents by name and absolute paths to machine folders', () => {
    const names = [['WIRE', 'md'].join('.'), ['stats-methods', 'txt'].join('.')];
    for (const name of names) {
      expect(outsideReferences('README.md', `see ${name}`), name).toHaveLength(1);
    }
    expect(
      outsideReferences('README.md', `cat ${['', 'work', 'notes', 'x'].join('/')}`),
    ).toHaveLength(1);
    expect(
      outsideReferences('README.md', 'see https://example.com/work/notes and ./dist/index.js'),
    ).toEqual([]);
  });
});
