/**
 * The client alone, for a dynamic import: importing the client's entry itself
 * would put all of it (undici included) in the chunk of every module that imports
 * an error class from it, the UI's among them.
 */
export { BoomstreamClient } from '@boomstream/client';
