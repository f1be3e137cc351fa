import type { DataSource } from './source.js';

/**
 * A data source whose requests wait for `load` (called once, on the first
 * request): the UI shows without waiting for the client and its HTTP stack,
 * which it needs only to ask for data.
 */
export function deferredSource(
  info: Pick<DataSource, 'mode' | 'baseUrl' | 'demo' | 'secrets' | 'close'>,
  load: () => Promise<DataSource>,
): DataSource {
  let source: Promise<DataSource> | undefined;
  const loaded = () => (source ??= load());
  return {
    ...info,
    page: async (...args) => (await loaded()).page(...args),
    all: async (...args) => (await loaded()).all(...args),
  };
}
