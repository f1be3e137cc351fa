import { describe, expect, it } from 'vitest';

import type { ApiAnswer } from '../answer/answer.js';
import { AnswerCache } from './answer-cache.js';

const answer = (body: string): ApiAnswer => ({ status: 200, body });

/** A cache and the keys whose answers it computed, in order. */
function counting(capacity: number) {
  const cache = new AnswerCache(capacity);
  const computed: string[] = [];
  const get = (key: string, body: string) =>
    cache.get(key, () => {
      computed.push(key);
      return answer(body);
    });
  return { cache, computed, get };
}

describe('the answer cache', () => {
  it('computes an answer once and gives the same one again', () => {
    const { computed, get } = counting(1000);
    const first = get('a', 'x'.repeat(10));
    expect(get('a', 'other')).toBe(first);
    expect(computed).toEqual(['a']);
  });

  it('keys a request by path, sorted query and Authorization', () => {
    const key = (query: string, auth?: string) =>
      AnswerCache.keyOf('/stats', new URLSearchParams(query), auth);
    expect(key('b=2&a=1')).toBe(key('a=1&b=2'));
    expect(key('a=1')).not.toBe(key('a=2'));
    expect(key('a=1', 'Bearer k')).not.toBe(key('a=1'));
  });

  it('keeps at most its capacity in characters of keys and bodies, dropping the least recently used', () => {
    // Each entry weighs 1 (key) + 9 (body) = 10 characters: three fit in 30.
    const { cache, computed, get } = counting(30);
    for (const key of ['a', 'b', 'c']) get(key, 'x'.repeat(9));
    get('a', ''); // a is now the most recent
    get('d', 'x'.repeat(9)); // 40 > 30: b, the least recent, goes
    expect(cache.size).toBe(3);
    get('b', 'x'.repeat(9)); // computed again; c goes
    get('a', '');
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'b']);
  });

  it('lets one large answer evict several small ones', () => {
    const { cache, get } = counting(30);
    for (const key of ['a', 'b', 'c']) get(key, 'x'.repeat(9));
    get('big', 'x'.repeat(25));
    expect(cache.size).toBe(1);
  });

  it('does not keep an answer larger than the whole cache, nor drop the others for it', () => {
    const { cache, computed, get } = counting(30);
    get('a', 'x'.repeat(9));
    expect(get('huge', 'x'.repeat(100)).body).toHaveLength(100);
    get('huge', 'x'.repeat(100));
    get('a', '');
    expect(computed).toEqual(['a', 'huge', 'huge']);
    expect(cache.size).toBe(1);
  });
});
