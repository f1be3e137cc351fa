import type { ApiAnswer } from '../answer/answer.js';

/**
 * Defaults to 32 Mi characters of keys and answers (about 32 MB: the XML is
 * mostly ASCII): every query a test suite or a UI session repeats, hourly
 * pages of 1000 items included, without keeping more than a test process can spare.
 */
export const ANSWER_CACHE_CHARS = 32 * 2 ** 20;

/**
 * The last answers, by request. The world never changes after it is made, so an
 * answer computed once is right forever; encoding through the spec's codec is
 * what costs, and tests ask the same questions again and again. Bounded by size,
 * not by count: a thousand small answers weigh less than one hourly page.
 */
export class AnswerCache {
  readonly #answers = new Map<string, ApiAnswer>();
  #chars = 0;

  /** `capacity`: how many characters of keys and answer bodies it keeps, at most. */
  constructor(readonly capacity = ANSWER_CACHE_CHARS) {}

  /** A request's key: its path, its query in a stable order, and its Authorization header. */
  static keyOf(path: string, query: URLSearchParams, authorization: string | undefined): string {
    const sorted = new URLSearchParams(query);
    sorted.sort();
    return `${path}?${sorted.toString()}\n${authorization ?? ''}`;
  }

  /** How many answers it holds. */
  get size(): number {
    return this.#answers.size;
  }

  get(key: string, compute: () => ApiAnswer): ApiAnswer {
    const cached = this.#answers.get(key);
    if (cached) {
      // Refresh its place: the Map keeps insertion order, the oldest goes first.
      this.#answers.delete(key);
      this.#answers.set(key, cached);
      return cached;
    }
    const answer = compute();
    const chars = weight(key, answer);
    // An answer larger than the whole cache is not kept: it would only evict the others.
    if (chars > this.capacity) return answer;
    this.#answers.set(key, answer);
    this.#chars += chars;
    for (const [oldKey, oldAnswer] of this.#answers) {
      if (this.#chars <= this.capacity) break;
      this.#answers.delete(oldKey);
      this.#chars -= weight(oldKey, oldAnswer);
    }
    return answer;
  }
}

const weight = (key: string, answer: ApiAnswer) => key.length + answer.body.length;
