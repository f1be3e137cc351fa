import { plural } from '../format.js';
import type { KindedPage } from './source.js';

/**
 * What an empty page means, in words, or `undefined` when it holds items. The API
 * answers a page past the last one, and a wrong customer password, with an empty
 * page and nothing else: a user must not take either for a right answer.
 */
export function emptyAnswer({ kind, page }: KindedPage, requested: number): string | undefined {
  if (page.items.length > 0) return undefined;
  if (requested > 1) {
    const count = kind === 'stats' ? ` (${plural(page.pageCount, 'page')} in all)` : '';
    return `page ${requested} is past the last page${count}`;
  }
  return kind === 'stats'
    ? 'no viewing in the period'
    : 'no sessions for this code and password in the period (a wrong password finds none too)';
}
