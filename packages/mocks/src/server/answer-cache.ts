import type { ApiAnswer } from '../answer/answer.js';

/** Defaults to 256 answers: the queries a test suite or a UI session repeats. */
export const ANSWER_CACHE_SIZE = 256;

/**
 * The last answers, by request. The world never changes after it is made, so an
 * answer computed once is right forever; encoding through the spec's codecs is
 * what costs, and tests ask the same questions again and again.
 */
export class AnswerCache {
  readonly #answers = new Map<string, ApiAnswer>();

  constructor(readonly size = ANSWER_CACHE_SIZE) {}

  /** A request's key: its path, its query in a stable order, and its Authorization header. */
  static keyOf(path: string, query: URLSearchParams, authorization: string | undefined): string {
    const sorted = new URLSearchParams(query);
    sorted.sort();
    return `${path}?${sorted.toString()}\n${authorization ?? ''}`;
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
    this.#answers.set(key, answer);
    if (this.#answers.size > this.size) {
      const oldest = this.#answers.keys().next();
      if (!oldest.done) this.#answers.delete(oldest.value);
    }
    return answer;
  }
}
