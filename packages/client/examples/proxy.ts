import { BoomstreamClient, ProxyAgent } from '@boomstream/client';

// Any undici Dispatcher works: a ProxyAgent, an EnvHttpProxyAgent (HTTP_PROXY,
// HTTPS_PROXY, NO_PROXY), an Agent with your own pool settings, a MockAgent.
// The client exports all four from the undici it depends on.
const proxy = new ProxyAgent(process.env['HTTPS_PROXY'] ?? 'http://proxy.internal:3128');
const client = new BoomstreamClient({ dispatcher: proxy });

const page = await client.stats.target({ code: 'AbCd1234' });
console.log(page.sourceType); // → media
await proxy.close();
