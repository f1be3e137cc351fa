import { project } from './project.js';
import { session } from './session.js';
import { target } from './target.js';

export { project, session, target };

/** Every method of the API, in the reference's order. Generators iterate this. */
export const methods = { project, target, session } as const;

export type MethodName = keyof typeof methods;
export type Methods = typeof methods;
