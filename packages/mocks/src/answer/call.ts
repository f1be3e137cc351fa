import type { ItemOf, MethodName, PageOf, Params } from '@boomstream/spec';

import type { Project } from '../world/index.js';
import type { Resolved } from './stats.js';

/**
 * A method's parameters as the mock hands them to a handler: validated by the
 * spec, with every server default applied (`start`, `end`, `group`, `order`,
 * `page`). Only `project` may stay absent: its default is the key's own project.
 */
export type MockParams<M extends MethodName> = Flat<
  Resolved<Omit<Params<M>, 'project'>> & Pick<Params<M>, Extract<keyof Params<M>, 'project'>>
>;

/** One object type instead of an intersection, as editors show it. */
type Flat<T> = { [K in keyof T]: T[K] };

/** An item of a method's answer as a handler gives it: decoded shape; `hours` may be left out (computed from `timeMs`). */
export type MockItem<M extends MethodName> = Omit<ItemOf<M>, 'hours'> &
  Partial<Pick<ItemOf<M>, Extract<keyof ItemOf<M>, 'hours'>>>;

/** A whole page as a handler gives it, sent as it is: decoded shape, items as in `MockItem`. */
export type MockPage<M extends MethodName> = Omit<PageOf<M>, 'items'> & {
  readonly items: readonly MockItem<M>[];
};

/** The formats the mock answers in: `format=xml` (or none) and `format=json`. */
export type AnswerFormat = 'xml' | 'json';

/** A request the mock accepted: the method, the key's project, the resolved parameters, the format asked for. */
export interface MockCall {
  readonly method: MethodName;
  readonly project: Project;
  readonly params: Readonly<Record<string, string | number>>;
  readonly format: AnswerFormat;
}
