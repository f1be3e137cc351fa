// Node 20.19+ require()s an ES module without a flag: a CommonJS user needs no import().
const { BoomstreamClient } = require('@boomstream/client');
const { startMockServer } = require('@boomstream/mocks');
const { readOpenApiDocument } = require('@boomstream/openapi');

const readAll = require('./read-all.cjs');

readAll({ BoomstreamClient, startMockServer, readOpenApiDocument }).then((read) => {
  process.stdout.write(JSON.stringify(read));
});
