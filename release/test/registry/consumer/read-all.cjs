// What a user's script does with the published packages, whichever way it loaded them:
// start the mock, read the three methods with the client, read the OpenAPI document.
module.exports = async function readAll({
  BoomstreamClient,
  startMockServer,
  readOpenApiDocument,
}) {
  const server = await startMockServer({ today: '2024-06-30' });
  try {
    const client = new BoomstreamClient({ apiKey: server.demo.apiKey, baseUrl: server.url });
    const [customer] = server.demo.sessions;
    const project = await client.stats.project({ start: '2024-06-01', end: '2024-06-30' });
    const target = await client.stats.target({ code: server.demo.codes[0], group: 'hour' });
    const session = await client.stats.session({ code: customer.code, hash: customer.hash });
    const document = await readOpenApiDocument();
    return {
      project: { sourceType: project.sourceType, items: project.items.length },
      target: {
        sourceType: target.sourceType,
        groupBy: target.groupBy,
        items: target.items.length,
      },
      session: { items: session.items.length },
      openapi: document.info.version,
    };
  } finally {
    await server.close();
  }
};
