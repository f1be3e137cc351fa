// A CommonJS user: require() gets each package's CommonJS build (its `require` export).
const { BoomstreamClient } = require('@boomstream/client');
const { startMockServer } = require('@boomstream/mocks');
const { readOpenApiDocument } = require('@boomstream/openapi');

const readAll = require('./read-all.cjs');

readAll({ BoomstreamClient, startMockServer, readOpenApiDocument }).then((read) => {
  process.stdout.write(JSON.stringify(read));
});
