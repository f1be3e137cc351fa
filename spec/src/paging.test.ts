import { describe, expect, it } from 'vitest';

import { methods } from './methods/index.js';
import { hasNextPage, knownPageCount } from './paging.js';

describe('paging rules', () => {
  it('stats: pages follow while page < PageCount', () => {
    const { paging } = methods.project;
    expect(hasNextPage(paging, { page: 1, pageCount: 3, items: [] })).toBe(true);
    expect(hasNextPage(paging, { page: 3, pageCount: 3, items: [] })).toBe(false);
    expect(hasNextPage(paging, { page: 1, pageCount: 0, items: [] })).toBe(false);
    expect(knownPageCount(paging, { page: 1, pageCount: 7, items: [] })).toBe(7);
  });

  it('sessions: pages follow until one comes back short of 100', () => {
    const { paging } = methods.session;
    expect(hasNextPage(paging, { page: 1, items: Array.from({ length: 100 }) })).toBe(true);
    expect(hasNextPage(paging, { page: 2, items: Array.from({ length: 99 }) })).toBe(false);
    expect(knownPageCount(paging, { page: 1, items: [] })).toBeUndefined();
  });
});
