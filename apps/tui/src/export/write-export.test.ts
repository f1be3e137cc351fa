import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { StatsPage } from '@boomstream/spec';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { parseCsv } from '../../test/parse-csv.js';
import { queryExport } from './document.js';
import { writeExport } from './write-export.js';

const page: StatsPage = {
  period: { start: '2024-03-05', end: '2024-03-05' },
  groupBy: 'hour',
  sourceType: 'project',
  page: 1,
  pageLimit: 1000,
  pageCount: 1,
  itemCount: 1,
  items: [{ date: '2024-03-05T13:00', timeMs: 900_000, hours: 0.25 }],
};
const shape = queryExport({
  header: { kind: 'stats', page },
  items: { kind: 'stats', items: page.items },
  all: false,
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('writeExport', () => {
  it('reads a leading ~ as the home directory, and writes the JSON object --json prints', async () => {
    const home = await mkdtemp(join(tmpdir(), 'boomstream-home-'));
    vi.stubEnv('HOME', home);
    const written = await writeExport('~/stats.json', shape, false);
    expect(written).toEqual({ path: join(home, 'stats.json'), format: 'json', rows: 1 });
    expect(JSON.parse(await readFile(join(home, 'stats.json'), 'utf8'))).toEqual({
      ...page,
      items: [{ date: '2024-03-05T13:00:00+03:00', timeMs: 900_000, hours: 0.25 }],
    });
  });

  it('writes CSV for any other name, and never replaces a file unless told to', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'boomstream-export-'));
    const path = join(folder, 'stats.csv');
    await writeExport(path, shape, false);
    expect(parseCsv(await readFile(path, 'utf8'))).toEqual([
      ['date', 'timeMs', 'hours'],
      ['2024-03-05T13:00:00+03:00', '900000', '0.25'],
    ]);
    await expect(writeExport(path, shape, false)).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(writeExport(join(folder, 'x.xlsx'), shape, false)).resolves.toMatchObject({
      format: 'xlsx',
    });
    await expect(writeExport(join(folder, 'x.xlsx'), shape, false)).rejects.toMatchObject({
      code: 'EEXIST',
    });
  });
});
