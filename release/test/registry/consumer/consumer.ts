// A TypeScript user's code: it must type-check against the published declarations.
import {
  BoomstreamClient,
  BoomstreamError,
  ProxyAgent,
  type Dispatcher,
  type SessionItem,
  type StatsPage,
} from '@boomstream/client';
import { BoomstreamApiError } from '@boomstream/client/errors';
import { auditSharing, type RiskLevel, type SharingAudit } from '@boomstream/insights';
import { startMockServer, type MockServer } from '@boomstream/mocks';
import { startMockServer as startServerAlone } from '@boomstream/mocks/server';
import { readOpenApiDocument } from '@boomstream/openapi';

const dispatcher: Dispatcher = new ProxyAgent('http://proxy.internal:3128');
const server: MockServer = await startMockServer({ today: '2024-06-30' });
const client = new BoomstreamClient({
  apiKey: server.demo.apiKey,
  baseUrl: server.url,
  dispatcher,
});

const page: StatsPage = await client.stats.project({ start: '2024-06-01', group: 'day' });
const hours: number = page.items.reduce((sum, item) => sum + item.hours, 0);
const sessions: SessionItem[] = await client.stats.session.all({ code: 'AbCd1234', hash: 'x' });
const createdAt: string | undefined = sessions[0]?.createdAt;
// The client's decoded sessions are what the audit reads.
const audit: SharingAudit = auditSharing({ 'customer 1': sessions }, { closeStartMinutes: 20 });
const risk: RiskLevel | undefined = audit.customers[0]?.risk;

// The parameters are typed, not `any`: a group the API lacks does not compile.
const week = { group: 'week' } as const;
// @ts-expect-error group is 'day' or 'hour'
const refused = await client.stats.project(week).catch((error: unknown) => error);
const named: boolean = refused instanceof BoomstreamError;
const failed: boolean = refused instanceof BoomstreamApiError;
const alone: typeof startMockServer = startServerAlone;

const document: Record<string, unknown> = await readOpenApiDocument();
export { alone, createdAt, document, failed, hours, named, risk };
await server.close();
