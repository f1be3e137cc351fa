import { decodeBody } from '@boomstream/client';
import { API_PREFIX, methods, type MethodName, type MethodSpec } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';

import { createWorld } from '../world/index.js';
import { answerRequest } from './answer.js';

const today = '2024-06-30';
const world = createWorld({ seed: 4, today });
const { apiKey, codes, sessions } = world.demo;
const [pair] = sessions;

/**
 * A method's example request from the reference, made answerable in this world:
 * its placeholders (`[media_code]`, `XXXXXXXX`, …) replaced by the demo's values,
 * its range moved to the world's last month.
 */
function exampleRequest(method: MethodSpec) {
  const url = new URL(method.example.request);
  const query = new URLSearchParams(url.search);
  query.set('apikey', apiKey);
  if (query.has('hash')) {
    query.set('code', pair?.code ?? '');
    query.set('hash', pair?.hash ?? '');
  } else if (query.has('code')) {
    query.set('code', codes[0] ?? '');
  }
  query.set('start', '2024-06-01');
  query.set('end', today);
  return { path: url.pathname.slice(API_PREFIX.length), query };
}

describe('the world answers each method by the kind of items its declaration names', () => {
  it.each(Object.keys(methods) as MethodName[])(
    '%s: a Success page with items, that its own codec decodes',
    (name) => {
      const answer = answerRequest(world, exampleRequest(methods[name]));
      expect(answer.method).toBe(name);
      const decoded = decodeBody(name, answer.body, 1);
      expect(decoded.status).toBe('success');
      expect(decoded.status === 'success' && decoded.page.items.length).toBeGreaterThan(0);
    },
  );

  const statsMethods = (Object.keys(methods) as MethodName[]).filter(
    (name) => methods[name].items === 'stats',
  );

  it.each(statsMethods)(
    "%s: says the SourceType of the reference's example, and pages at PageLimit as it does",
    (name) => {
      const method = methods[name];
      const example = decodeBody(name, method.example.response, 1);
      const answer = decodeBody(name, answerRequest(world, exampleRequest(method)).body, 1);
      if (example.status !== 'success' || answer.status !== 'success') {
        throw new Error(`${name}: ${JSON.stringify({ example, answer })}`);
      }
      const { sourceType, pageLimit } = example.page as { sourceType: string; pageLimit: number };
      expect(answer.page).toMatchObject({ sourceType, pageLimit });
    },
  );
});
