import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { columnsByKind } from '../data/columns.js';
import { writeExport } from './write-export.js';

const item = { date: '2024-03-05', timeMs: 900_000, hours: 0.25 };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('writeExport', () => {
  it('reads a leading ~ as the home directory, as a shell would', async () => {
    const home = await mkdtemp(join(tmpdir(), 'boomstream-home-'));
    vi.stubEnv('HOME', home);
    const written = await writeExport('~/stats.json', columnsByKind.stats, [item], false);
    expect(written).toEqual({ path: join(home, 'stats.json'), format: 'json' });
    expect(JSON.parse(await readFile(join(home, 'stats.json'), 'utf8'))).toEqual([item]);
  });
});
