import * as periods from '@boomstream/insights/periods';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';

import { fakePage } from '../../test/fake-source.js';
import { methodRegistry } from '../registry.js';
import { initialResults, loadedFrom } from '../state/results.js';
import { Results } from './Results.js';

vi.mock('@boomstream/insights/periods', async (original) => {
  const actual = await original<typeof periods>();
  return { ...actual, comparePeriods: vi.fn(actual.comparePeriods) };
});

describe('a comparison on screen', () => {
  it('moves the cursor to the next day without comparing the periods again', () => {
    const project = methodRegistry.find((method) => method.name === 'project');
    if (!project) throw new Error('no project method');
    const params = { start: '2024-03-01', end: '2024-03-03', group: 'day' };
    const header = fakePage(project.spec, params);
    const day = (date: string, timeMs: number) => ({ date, timeMs, hours: timeMs / 3_600_000 });
    const items = { kind: 'stats' as const, items: [day('2024-03-01', 5_400_000)] };
    const job = { id: 1, kind: 'all' as const, params };
    const results = {
      ...initialResults(job, { grouping: undefined, compare: 'previous' }),
      job: undefined,
      data: loadedFrom(project.spec, 'all', header, items, { kind: 'stats', items: [] }),
    };
    const screen = (cursor: number) => (
      <Results
        method={project}
        results={{ ...results, cursor }}
        width={80}
        height={20}
        waitingFor="x"
      />
    );
    const { lastFrame, rerender, unmount } = render(screen(0));
    expect(lastFrame()).toMatch(/^› 2024-03-01/m);
    rerender(screen(1));
    const moved = lastFrame() ?? '';
    unmount();
    expect(moved).toMatch(/^› 2024-03-02/m);
    expect(vi.mocked(periods.comparePeriods)).toHaveBeenCalledTimes(1);
  });
});
