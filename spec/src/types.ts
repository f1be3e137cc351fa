import type { z } from 'zod';

import type { Methods } from './methods/index.js';

/** What a caller passes to a method (before validation). */
export type ParamsInput<M extends keyof Methods> = z.input<Methods[M]['paramsSchema']>;
/** A method's parameters after validation. */
export type Params<M extends keyof Methods> = z.output<Methods[M]['paramsSchema']>;
/** What one page of a method decodes to. */
export type PageOf<M extends keyof Methods> = z.output<Methods[M]['response']>;
/** One item of a method's pages. */
export type ItemOf<M extends keyof Methods> = PageOf<M>['items'][number];

export type ProjectParams = ParamsInput<'project'>;
export type TargetParams = ParamsInput<'target'>;
export type SessionParams = ParamsInput<'session'>;
