import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

import type { SessionItem } from '@boomstream/spec';

import { columnsByKind } from '../data/columns.js';
import { Table } from './Table.js';

describe('Table', () => {
  it('keeps a row on one line and never passes control characters from the data to the terminal', () => {
    // A user agent is whatever a viewer's browser sent: line breaks, tabs, C1 controls (CSI).
    const item: SessionItem = {
      createdAt: '2024-03-05T10:00:00+03:00',
      place: 'Hall\r\nB',
      ip: '10.0.0.1',
      country: 'Russia',
      userAgent: 'Evil\u009B2J\u001B]0;title\u0007\tUA\nnext',
      leftActivations: 1,
    };
    const { lastFrame, unmount } = render(
      <Table
        columns={columnsByKind.sessions}
        rows={[item]}
        cursor={0}
        height={5}
        width={100}
        sort={undefined}
      />,
    );
    const frame = lastFrame() ?? '';
    const lines = frame.split('\n');
    // The header, the row, and the count under them.
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).not.toMatch(/\p{Cc}/u);
    expect(frame).toContain('Evil');
    unmount();
  });
});
