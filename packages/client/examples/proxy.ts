import { BoomstreamClient } from '@boomstream/client';
import { ProxyAgent } from 'undici';

// Any undici Dispatcher works: a ProxyAgent, an EnvHttpProxyAgent (HTTP_PROXY,
// HTTPS_PROXY, NO_PROXY), an Agent with your own pool settings, a MockAgent.
const proxy = new ProxyAgent(process.env['HTTPS_PROXY'] ?? 'http://proxy.internal:3128');
const client = new BoomstreamClient({ dispatcher: proxy });

const page = await client.stats.target({ code: 'AbCd1234' });
console.log(page.sourceType); // → media
await proxy.close();
