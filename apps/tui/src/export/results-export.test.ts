import { startMockServer, type MockServer } from '@boomstream/mocks';
import { methods } from '@boomstream/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runBin } from '../../test/run-bin.js';
import { connect } from '../data/connect.js';
import type { DataSource } from '../data/source.js';
import { initialResults, loadedFrom, type ResultsState } from '../state/results.js';
import { resultsExport } from './results-export.js';
import { csvText } from './write-export.js';

const signal = new AbortController().signal;
let server: MockServer;
let source: DataSource;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startMockServer({ today: '2024-06-30', seed: 5 });
  env = { BOOMSTREAM_API_KEY: server.demo.apiKey, BOOMSTREAM_BASE_URL: server.url };
  source = await connect({ demo: false, apiKey: server.demo.apiKey, baseUrl: server.url });
});
afterAll(async () => {
  await source.close();
  await server.close();
});

/** The results screen after a full read of `params`, as the UI's jobs leave it. */
async function screenAfterAll(params: Record<string, string>): Promise<ResultsState> {
  const spec = methods.project;
  const header = await source.page(spec, params, signal);
  const items = await source.all(spec, params, signal, () => undefined);
  const job = { id: 1, kind: 'all' as const, params };
  return { ...initialResults(job), data: loadedFrom(spec, 'all', header, items) };
}

describe("the UI's export", () => {
  it("is the CLI's export of the same query: the same JSON object and the same CSV", async () => {
    const params = { start: '2024-06-01', end: '2024-06-03', group: 'hour' };
    const screen = await screenAfterAll(params);
    const shape = resultsExport(screen);
    if (!shape) throw new Error('no data on screen');
    const args = ['project', '--start', '2024-06-01', '--end', '2024-06-03', '--group', 'hour'];
    const json = await runBin([...args, '--all'], env);
    expect(json.code).toBe(0);
    expect(shape.json).toEqual(JSON.parse(json.stdout));
    const csv = await runBin([...args, '--all', '--csv'], env);
    expect(csvText(shape)).toBe(csv.stdout);
  });

  it('holds the rows on screen: those the / filter keeps', async () => {
    const screen = await screenAfterAll({ start: '2024-06-01', end: '2024-06-03', group: 'day' });
    const shape = resultsExport({ ...screen, filter: '2024-06-02' });
    expect(shape?.json['items']).toEqual([expect.objectContaining({ date: '2024-06-02' })]);
  });
});
