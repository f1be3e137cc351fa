import type { Demo } from '@boomstream/mocks';
import type { ItemKind, ItemOfKind, MethodSpec, PageOfKind } from '@boomstream/spec';

/** A page, tagged with the kind of items its method declares: code switches on `kind`. */
export type KindedPage = {
  [K in ItemKind]: { readonly kind: K; readonly page: PageOfKind<K> };
}[ItemKind];

/** Items of one kind, tagged with it. */
export type KindedItems = {
  [K in ItemKind]: { readonly kind: K; readonly items: readonly ItemOfKind<K>[] };
}[ItemKind];

/** A page's items, tagged with its kind. */
export function itemsOf(page: KindedPage): KindedItems {
  return page.kind === 'stats'
    ? { kind: page.kind, items: page.page.items }
    : { kind: page.kind, items: page.page.items };
}

/** Items of two reads of one method (so of one kind), the first's before the second's. */
export function joinItems(first: KindedItems, second: KindedItems): KindedItems {
  if (first.kind === 'stats' && second.kind === 'stats')
    return { kind: 'stats', items: [...first.items, ...second.items] };
  if (first.kind === 'sessions' && second.kind === 'sessions')
    return { kind: 'sessions', items: [...first.items, ...second.items] };
  throw new Error(`${first.kind} items joined with ${second.kind} items`);
}

/** A query's parameters as they go to the client (validated by it against the spec). */
export type QueryParams = Readonly<Record<string, string | number>>;

/** How far a full read is. `pageCount` is unknown for methods that page until a short page. */
export interface Progress {
  readonly page: number;
  readonly pageCount: number | undefined;
  readonly items: number;
}

/** Media codes and customer passwords that the demo data knows. */
export interface DemoData {
  readonly codes: readonly string[];
  readonly sessions: readonly { readonly code: string; readonly hash: string }[];
  /** Customers with a known answer to "is this password shared?", for `boomstream audit --mock`. */
  readonly audit?: Demo['audit'];
}

/** Where the UI and the CLI get their data: the client against the API or the in-process mock. */
export interface DataSource {
  readonly mode: 'demo' | 'live';
  /** The API prefix requests go to; never holds a secret. */
  readonly baseUrl: string;
  /** Present in demo mode. */
  readonly demo: DemoData | undefined;
  /** Values to scrub from any text shown (the API key). */
  readonly secrets: readonly string[];
  /** One page; rejects when `signal` aborts. */
  page(method: MethodSpec, params: QueryParams, signal: AbortSignal): Promise<KindedPage>;
  /** Every page; stops reading and rejects when `signal` aborts. */
  all(
    method: MethodSpec,
    params: QueryParams,
    signal: AbortSignal,
    onProgress: (progress: Progress) => void,
  ): Promise<KindedItems>;
  /** Stops the in-process mock server, if any. */
  close(): Promise<void>;
}
