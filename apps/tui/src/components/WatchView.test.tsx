import { render } from 'ink';
import { describe, expect, it } from 'vitest';

import { fakeTerminal } from '../../test/fake-terminal.js';
import { initialWatch } from '../state/watch.js';
import type { WatchRow } from '../watch/totals.js';
import { WatchView } from './WatchView.js';

const HOUR = 3_600_000;
const row = (code: string, timeMs: number, error?: string): WatchRow => ({
  code,
  timeMs,
  hours: Math.round(timeMs / 36_000) / 100,
  series: [],
  ...(error !== undefined && { error }),
});
const june = { start: '2024-06-01', end: '2024-06-07', group: 'day' } as const;
const may = { start: '2024-05-25', end: '2024-05-31', group: 'day' } as const;

const frameOf = (rows: WatchRow[], earlier: WatchRow[]) => {
  const watch = {
    ...initialWatch(rows.map((one) => one.code)),
    rows,
    period: june,
    compare: 'previous' as const,
    earlier: { mode: 'previous' as const, period: may, rows: earlier },
  };
  // Wide enough for the whole total line.
  const terminal = fakeTerminal(200, 20);
  const { unmount } = render(
    <WatchView watch={watch} path="watch.json" today="2024-06-20" width={200} height={20} />,
    terminal.options,
  );
  const frame = terminal.last();
  unmount();
  return frame;
};

describe('WatchView compared with an earlier period', () => {
  it('compares the totals of the codes read in both periods only (an earlier read failed)', () => {
    const frame = frameOf(
      [row('AAAA1111', 3 * HOUR), row('BBBB2222', 10 * HOUR)],
      [row('AAAA1111', 2 * HOUR), row('BBBB2222', 0, 'HTTP 500')],
    );
    // 3 h against 2 h: BBBB2222's 10 h would make it +550 %.
    expect(frame).toContain(
      'previous 2024-05-25 → 2024-05-31 of the 1 code read in both: 2.00 h (+50.0 %)',
    );
    const line = frame.split('\n').find((text) => text.includes('BBBB2222')) ?? '';
    expect(line).not.toMatch(/%|no earlier data/);
  });

  it('compares the totals of the codes read in both periods only (a current read failed)', () => {
    const frame = frameOf(
      [row('AAAA1111', 3 * HOUR), row('BBBB2222', 0, 'HTTP 500')],
      [row('AAAA1111', 2 * HOUR), row('BBBB2222', 7 * HOUR)],
    );
    // 3 h against 2 h, not against 9 h.
    expect(frame).toContain('of the 1 code read in both: 2.00 h (+50.0 %)');
  });
});
