import { methods } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';

import { hourlyPage } from '../../test/xml.js';
import { readAll, type PageCall } from './paginate.js';

describe('.all() sends the next request once a page is answered, before it decodes', () => {
  it('at concurrency 1, page 3 is requested while page 2 still decodes', async () => {
    const pageCount = 3;
    const requested: number[] = [];
    let releasePage2: (() => void) | undefined;
    const call: PageCall<typeof methods.project> = async (params, _options, onAnswered) => {
      const { page = 1 } = params as { page?: number };
      requested.push(page);
      onAnswered?.();
      // Page 2 "decodes" until page 3 has been requested.
      if (page === 2) await new Promise<void>((resolve) => (releasePage2 = resolve));
      return hourlyPage(page, pageCount);
    };
    const all = readAll(call, methods.project, {}, { concurrency: 1 }, 4);
    await expect.poll(() => requested).toEqual([1, 2, 3]);
    releasePage2?.();
    await expect(all).resolves.toHaveLength(pageCount * 3);
  });

  it('a call that never says it was answered (one that fails first) frees its slot when it ends', async () => {
    const requested: number[] = [];
    const call: PageCall<typeof methods.project> = async (params) => {
      const { page = 1 } = params as { page?: number };
      requested.push(page);
      await Promise.resolve();
      return hourlyPage(page, 4);
    };
    await expect(readAll(call, methods.project, {}, { concurrency: 2 }, 4)).resolves.toHaveLength(
      12,
    );
    expect(requested).toEqual([1, 2, 3, 4]);
  });
});
