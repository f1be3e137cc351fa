// The dual-package hazard, for a CommonJS user: the error classes they require() (from
// the package or its `errors` subpath) are the ones the client's CommonJS build throws.
const { BoomstreamClient, BoomstreamError } = require('@boomstream/client');
const errors = require('@boomstream/client/errors');
const { startMockServer } = require('@boomstream/mocks/server');

startMockServer({ today: '2024-06-30' }).then(async (server) => {
  try {
    const stranger = new BoomstreamClient({ apiKey: 'not-a-key', baseUrl: server.url });
    const failed = await stranger.stats.project({}).catch((error) => error);
    process.stdout.write(
      JSON.stringify({
        build: require.resolve('@boomstream/client/errors').endsWith('.cjs') ? 'cjs' : 'esm',
        sameClass: errors.BoomstreamError === BoomstreamError,
        apiError: failed instanceof errors.BoomstreamApiError,
        baseError: failed instanceof BoomstreamError,
      }),
    );
  } finally {
    await server.close();
  }
});
