import type { z } from 'zod';

import type { ResponseCodec } from './method.js';
import { sessionResponse, statsResponse } from './responses/index.js';

/**
 * What a method's pages hold, and the codec that reads them. A method names its
 * kind once (`items`); its response codec follows from it, and consumers (the
 * UI's table and chart) switch on the kind, never on the shape of a page.
 */
export const itemResponses = {
  stats: statsResponse,
  sessions: sessionResponse,
} as const satisfies Record<string, ResponseCodec>;

export type ItemKind = keyof typeof itemResponses;

/** What one page of a kind decodes to. */
export type PageOfKind<K extends ItemKind> = z.output<(typeof itemResponses)[K]>;
/** One item of a kind's pages. */
export type ItemOfKind<K extends ItemKind> = PageOfKind<K>['items'][number];
