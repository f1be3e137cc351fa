import { BoomstreamClient, decodeBody, MockAgent } from '@boomstream/client';

// In your tests: answer from a MockAgent, never the network.
const agent = new MockAgent();
agent.disableNetConnect();
agent
  .get('https://boomstream.com')
  .intercept({ path: '/api/stats', query: { code: 'AbCd1234', apikey: 'test-key' } })
  .reply(200, '<Response><Status>Failed</Status><Message>Media not found</Message></Response>');

const client = new BoomstreamClient({
  apiKey: 'test-key',
  baseUrl: 'https://boomstream.com/api',
  dispatcher: agent,
});
const error = await client.stats.target({ code: 'AbCd1234' }).catch((e: unknown) => e);
console.log(String(error)); // → BoomstreamApiError: target: Boomstream answered Failed: Media not found
await agent.close();

// Or decode a saved answer directly, exactly as the client would.
const xml =
  '<Response><Item><Place>Hall</Place><ip>10.0.0.1</ip><Country>Latvia</Country><UserAgent>curl</UserAgent><Start>2024-06-30 23:30:00</Start><LeftActivations>0</LeftActivations></Item></Response>';
const decoded = decodeBody('session', xml, 1);
if (decoded.status === 'success') console.log(decoded.page.items[0]?.createdAt); // → 2024-06-30T23:30:00+03:00
