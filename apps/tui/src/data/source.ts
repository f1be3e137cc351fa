import type { MethodSpec, SessionPage, StatsPage } from '@boomstream/spec';

import type { AnyItem } from './columns.js';

/** A page of any method. */
export type AnyPage = StatsPage | SessionPage;

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
  page(method: MethodSpec, params: QueryParams, signal: AbortSignal): Promise<AnyPage>;
  all(
    method: MethodSpec,
    params: QueryParams,
    signal: AbortSignal,
    onProgress: (progress: Progress) => void,
  ): Promise<readonly AnyItem[]>;
  /** Stops the in-process mock server, if any. */
  close(): Promise<void>;
}
