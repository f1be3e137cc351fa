/**
 * The client's runtime (the client, its decoder, its `Retry-After` reader, undici's
 * Agent), for modules that are only ever imported dynamically: importing the client's
 * entry itself would put all of it (undici included) in the chunk of every module that
 * imports an error class from it, the UI's among them. The bundle gives every other
 * module the client's error classes alone.
 */
export { Agent, BoomstreamClient, decodeBody, requestedWaitMs } from '@boomstream/client';
