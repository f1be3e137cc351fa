import type { Paging } from './method.js';

/** The page a request without `page` gets. */
export const FIRST_PAGE = 1;

/** The page a call's parameters ask for: their `page`, else the first. */
export function requestedPage(params: { readonly page?: unknown }): number {
  return typeof params.page === 'number' ? params.page : FIRST_PAGE;
}

/** The least a page tells about paging. */
export interface PageInfo {
  readonly page: number;
  readonly items: readonly unknown[];
  readonly pageCount?: number;
}

/**
 * Whether another page follows `page`, by the method's paging rule: the one rule of
 * `.all()`, `.pages()` and `.iterate()`. Applied to each page in page order with that
 * page's own `PageCount`, so a count that grows mid-read extends the read and one that
 * shrinks ends it.
 */
export function hasNextPage(paging: Paging, page: PageInfo): boolean {
  return paging.kind === 'pageCount'
    ? page.page < (page.pageCount ?? 0)
    : page.items.length >= paging.pageSize;
}

/** How many pages a full read takes, when the first page tells; `undefined` when only reading on tells. */
export function knownPageCount(paging: Paging, firstPage: PageInfo): number | undefined {
  return paging.kind === 'pageCount' ? (firstPage.pageCount ?? 0) : undefined;
}
