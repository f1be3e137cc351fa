import { methodRegistry, type MethodEntry } from './registry.js';

/** What the method list shows of a method. */
export type MenuEntry = Pick<MethodEntry, 'name' | 'title' | 'path'>;

/**
 * The method list, as plain data: the first frame shows it while the app loads.
 * The bundle replaces this module with the list it computes at build time (see
 * bundle.mjs), so that the first frame waits neither for the spec nor for zod.
 */
export const MENU: readonly MenuEntry[] = methodRegistry.map(({ name, title, path }) => ({
  name,
  title,
  path,
}));
