import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The workspace's root, where the one ESLint config lives. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const eslint = new ESLint({ cwd: ROOT });

/** The import-rule messages (paths and flow) for `code` linted as the file at `path` (from the root). */
async function flowErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}/${path}` });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.endsWith('no-restricted-imports'))
    .map((message) => message.message);
}

// Type-aware linting builds a TypeScript program per package on its first file: seconds each.
describe('the dependency rule in `npm run lint`', { timeout: 60_000 }, () => {
  it.each([
    [
      'the spec imports a consumer',
      'spec/src/index.ts',
      "export { startMockServer } from '@boomstream/mocks';\n",
      'imports no consumer',
    ],
    [
      'the spec imports the code-generation plumbing',
      'spec/src/index.ts',
      "export { runGenerators } from '@boomstream/codegen';\n",
      'imports no consumer',
    ],
    [
      'a package reaches into another by path',
      'spec/src/index.ts',
      "export { createWorld } from '../../packages/mocks/src/index.js';\n",
      'not by a path into its folder',
    ],
    [
      'a generator imports another consumer',
      'packages/openapi/generators/openapi.ts',
      "export { createWorld } from '@boomstream/mocks';\n",
      'reads the spec alone',
    ],
    [
      'the client imports the mocks',
      'packages/client/src/index.ts',
      "export { createMockAgent } from '@boomstream/mocks';\n",
      'depends on the spec only',
    ],
    [
      'the UI imports the client’s internals',
      'apps/tui/src/main.ts',
      "export { BoomstreamClient } from '@boomstream/client/src/client.js';\n",
      'public entry point',
    ],
    [
      'the mocks import the UI',
      'packages/mocks/src/index.ts',
      "export {} from '@boomstream/tui';\n",
      'serve the spec',
    ],
    [
      'the insights import the client',
      'packages/insights/src/index.ts',
      "export { BoomstreamClient } from '@boomstream/client';\n",
      'pure functions',
    ],
    [
      'a source file imports the spec’s test helpers by path',
      'apps/tui/vitest.config.ts',
      "export { secretFragments } from '../../spec/test/secret-scan.js';\n",
      'not by a path into its folder',
    ],
  ])('fails when %s', async (_case, path, code, why) => {
    const errors = await flowErrors(path, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(why);
  });

  it('lets a test import the spec’s test helpers by path', async () => {
    expect(
      await flowErrors(
        'apps/tui/bundle.test.ts',
        "export { secretFragments } from '../../spec/test/secret-scan.js';\n",
      ),
    ).toEqual([]);
  });

  it('lets a consumer import another by its package name', async () => {
    expect(
      await flowErrors(
        'apps/tui/src/main.ts',
        "export { BoomstreamClient } from '@boomstream/client';\n",
      ),
    ).toEqual([]);
  });
});
