import type { BoomstreamClient, BoundMethod } from '@boomstream/client';
import type { MethodName, MethodSpec } from '@boomstream/spec';

import type { AnyItem } from './columns.js';
import type { AnyPage, DataSource } from './source.js';

/** The client's binding of a method; the registry only holds the spec's methods, so the name is one. */
function bound(client: BoomstreamClient, spec: MethodSpec): BoundMethod<MethodSpec> {
  return client.stats[spec.name as MethodName];
}

/** A data source on the typed client: every request, check and error is the client's. */
export function clientSource(
  client: BoomstreamClient,
  info: Pick<DataSource, 'mode' | 'demo' | 'secrets' | 'close'>,
): DataSource {
  return {
    ...info,
    baseUrl: client.baseUrl,
    page: (spec, params, signal) => bound(client, spec)(params, { signal }) as Promise<AnyPage>,
    all: (spec, params, signal, onProgress) =>
      bound(client, spec).all(params, { signal, onProgress }) as Promise<AnyItem[]>,
  };
}
