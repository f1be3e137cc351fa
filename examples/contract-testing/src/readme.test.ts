import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe("the mocks package's README", () => {
  it('opens with this example: the service, its contract and both setups, as they run here', () => {
    const readme = read('../../../packages/mocks/README.md');
    const blocks = [...readme.matchAll(/```ts\n([^]*?)```/g)].map((match) => match[1]);
    expect(blocks.slice(0, 4)).toEqual(
      [
        'weekly-hours.ts',
        'weekly-hours.contract.ts',
        'weekly-hours.agent.test.ts',
        'weekly-hours.server.test.ts',
      ].map((file) => read(`./${file}`)),
    );
  });
});
