import { methods } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';

import { decodeBody } from './decode.js';

/**
 * Milliseconds per `decodeBody` of `xml`: the fastest of several samples, each
 * calling it for a few milliseconds, so that timer noise, a collection or a busy
 * core weighs on no sample much and on the fastest least.
 */
function fastest(xml: string): number {
  let best = Infinity;
  for (let sample = 0; sample < 7; sample++) {
    let calls = 0;
    const started = performance.now();
    let elapsed = 0;
    do {
      decodeBody(methods.session, xml, 1);
      calls++;
      elapsed = performance.now() - started;
    } while (elapsed < 5);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/**
 * Bodies a hostile server could send, by their size in characters. A scan that
 * searches the rest of the text again at each opener of a construct takes time
 * that grows with the square of the size: within the body size cap, hours.
 */
const hostile: readonly (readonly [string, (size: number) => string])[] = [
  ['CDATA openers never closed', (size) => `<Response><Place>${'<![CDATA[x'.repeat(size / 10)}`],
  [
    'CDATA openers inside a comment, in a well-formed body',
    (size) =>
      `<Response><!--${'<![CDATA[x'.repeat(size / 10)}--><Status>Failed</Status></Response>`,
  ],
  ['comment openers never closed', (size) => `<Response>${'<!--'.repeat(size / 4)}`],
  ['quotes in a tag never closed', (size) => `<Response><Place a="${'"'.repeat(size)}`],
  ['references never ended', (size) => `<Response><Place>${'&#1234567'.repeat(size / 9)}`],
];

describe('decoding time grows in proportion to the body, whatever it holds', () => {
  it.each(hostile)('%s', (_shape, body) => {
    const small = fastest(body(200_000));
    const large = fastest(body(800_000));
    // Four times the text: four times the time when linear, sixteen when quadratic.
    expect(large / small).toBeLessThan(8);
  });
});
