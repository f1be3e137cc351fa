// A TypeScript user on CommonJS (`module: commonjs`): it type-checks against the packages'
// CommonJS declarations, subpath exports included (node10 finds them by `typesVersions`),
// compiles to require() calls and runs with node.
import {
  BoomstreamApiError,
  BoomstreamClient,
  BoomstreamError,
  type StatsPage,
} from '@boomstream/client';
import { decodeBody } from '@boomstream/client/decode';
import { BoomstreamDecodeError, BoomstreamValidationError } from '@boomstream/client/errors';
import { auditSharing, exactTotal, type SharingAudit } from '@boomstream/insights';
import { exactTotal as periodsTotal, type Total } from '@boomstream/insights/periods';
import type { MockServer } from '@boomstream/mocks';
import { startMockServer } from '@boomstream/mocks/server';
import { readOpenApiDocument } from '@boomstream/openapi';
import { decodeAnswer } from '@boomstream/openapi/decode';

async function main(): Promise<void> {
  const server: MockServer = await startMockServer({ today: '2024-06-30' });
  try {
    const client = new BoomstreamClient({ apiKey: server.demo.apiKey, baseUrl: server.url });
    const page: StatsPage = await client.stats.project({ start: '2024-06-01', end: '2024-06-30' });
    const week = { group: 'week' } as const;
    // @ts-expect-error group is 'day' or 'hour': the declarations are found, not `any`
    const refused: unknown = await client.stats.project(week).catch((error: unknown) => error);
    const stranger = new BoomstreamClient({ apiKey: 'not-a-key', baseUrl: server.url });
    const failed: unknown = await stranger.stats.project({}).catch((error: unknown) => error);
    const audit: SharingAudit = auditSharing({});
    const hour: Total = periodsTotal([{ timeMs: 3_600_000 }]);
    const document: Record<string, unknown> = await readOpenApiDocument();
    const truncated = decodeBody('project', '<response><status>Succ', 1);
    const undecoded: unknown = (() => {
      try {
        return decodeAnswer('<response', 'getStats');
      } catch (error) {
        return error;
      }
    })();
    process.stdout.write(
      JSON.stringify({
        build: require.resolve('@boomstream/client').endsWith('.cjs') ? 'cjs' : 'esm',
        items: page.items.length,
        validation: refused instanceof BoomstreamError ? refused.code : null,
        apiError: failed instanceof BoomstreamApiError,
        customers: audit.customers.length,
        openapi: document['openapi'],
        // The subpaths: their declarations found by node10, their classes the root's.
        subpathValidation: refused instanceof BoomstreamValidationError,
        subpathDecode: truncated.status,
        subpathOpenapiDecode: undecoded instanceof BoomstreamDecodeError,
        subpathPeriods: periodsTotal === exactTotal && hour.hours,
      }),
    );
  } finally {
    await server.close();
  }
}

void main();
