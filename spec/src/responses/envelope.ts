import { z } from 'zod';

/**
 * What a response codec decodes: the parsed `<Response>` element and the page
 * that was asked for, which a session answer does not repeat.
 */
export function responseEnvelope<Body extends z.ZodType>(body: Body) {
  return z.object({ requestedPage: z.int().min(1), body });
}
