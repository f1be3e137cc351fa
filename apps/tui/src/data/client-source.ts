import type { BoomstreamClient, BoundMethod } from '@boomstream/client';
import {
  methods,
  sessionPage,
  statsPage,
  type MethodName,
  type MethodSpec,
} from '@boomstream/spec';

import type { DataSource, KindedItems, KindedPage } from './source.js';

function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

/** The client's binding of a method: the client binds every method of the spec. */
function bound(client: BoomstreamClient, spec: MethodSpec): BoundMethod<MethodSpec> {
  if (!isMethodName(spec.name)) throw new Error(`the spec has no method ${spec.name}`);
  return client.stats[spec.name];
}

/*
 * The client's bindings are typed per method; the UI holds any method of the
 * spec. The method's declared kind of items says which of the spec's page schemas
 * the answer satisfies, and the schema checks it, so the tag is never a guess.
 */
function kindedPage(spec: MethodSpec, page: unknown): KindedPage {
  switch (spec.items) {
    case 'stats':
      return { kind: 'stats', page: statsPage.parse(page) };
    case 'sessions':
      return { kind: 'sessions', page: sessionPage.parse(page) };
  }
}

function kindedItems(spec: MethodSpec, items: unknown): KindedItems {
  switch (spec.items) {
    case 'stats':
      return { kind: 'stats', items: statsPage.shape.items.parse(items) };
    case 'sessions':
      return { kind: 'sessions', items: sessionPage.shape.items.parse(items) };
  }
}

/** A data source on the typed client: every request, check and error is the client's. */
export function clientSource(
  client: BoomstreamClient,
  info: Pick<DataSource, 'mode' | 'demo' | 'secrets' | 'close'>,
): DataSource {
  return {
    ...info,
    baseUrl: client.baseUrl,
    page: async (spec, params, signal) =>
      kindedPage(spec, await bound(client, spec)(params, { signal })),
    all: async (spec, params, signal, onProgress) =>
      kindedItems(spec, await bound(client, spec).all(params, { signal, onProgress })),
  };
}
