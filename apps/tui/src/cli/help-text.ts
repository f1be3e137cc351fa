import { methodRegistry } from '../registry.js';
import { VERSION } from '../version.js';
import { usage } from './usage.js';

/**
 * `boomstream --help`: the usage of the spec's methods. The bundle replaces this
 * module with the text it computes at build time (see bundle.mjs), so that `--help`
 * answers without loading the spec and zod.
 */
export const HELP = usage(methodRegistry, VERSION);
