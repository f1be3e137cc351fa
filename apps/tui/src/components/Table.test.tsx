import type { SessionItem } from '@boomstream/spec';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';

import { columnsByKind, tableColumns } from '../data/columns.js';
import { Table } from './Table.js';

const session = (place: string, country: string): SessionItem => ({
  createdAt: '2024-03-05T10:00:00+03:00',
  place,
  ip: '10.0.0.1',
  country,
  userAgent: 'Mozilla/5.0',
  leftActivations: 1,
});

const draw = (rows: readonly SessionItem[], width = 100, cursor = 0) => {
  const { lastFrame, unmount } = render(
    <Table
      columns={tableColumns(columnsByKind.sessions)}
      rows={rows}
      cursor={cursor}
      height={5}
      width={width}
      sort={undefined}
    />,
  );
  const frame = lastFrame() ?? '';
  unmount();
  return frame.split('\n');
};

describe('Table', () => {
  it('keeps a row on one line and never passes control characters from the data to the terminal', () => {
    // A user agent is whatever a viewer's browser sent: line breaks, tabs, C1 controls (CSI).
    const item: SessionItem = {
      ...session('Hall\r\nB', 'Russia'),
      userAgent: 'Evil\u009B2J\u001B]0;title\u0007\tUA\nnext',
    };
    const lines = draw([item]);
    // The header, the row, and the count under them.
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).not.toMatch(/\p{Cc}/u);
    expect(lines.join('\n')).toContain('Evil');
  });

  it('marks the selected row with › so that it shows without colour', () => {
    // The tests run with FORCE_COLOR=0: reverse video is gone, the marker is not.
    const lines = draw([session('A', 'Russia'), session('B', 'Russia')], 100, 1);
    expect(lines[1]).toMatch(/^ {2}2024-03-05 10:00:00 +A /);
    expect(lines[2]).toMatch(/^› 2024-03-05 10:00:00 +B /);
  });

  it('lines up columns in terminal cells when values hold CJK or combining characters', () => {
    const lines = draw([
      session('Lecture hall', 'Russia'),
      session('東京の講堂', '日本'),
      session('Salle de confe\u0301rence', 'Franc\u0327e'),
    ]);
    const rows = lines.slice(1, 4);
    const widths = rows.map((line) => stringWidth(line.trimEnd()));
    // Every row is as wide, and the IP column starts at the same cell in each.
    expect(new Set(widths).size).toBe(1);
    const ipAt = rows.map((line) => stringWidth(line.slice(0, line.indexOf('10.0.0.1'))));
    expect(new Set(ipAt).size).toBe(1);
  });

  it('fits 80 columns by narrowing text columns, names the zone and says Activations left', () => {
    const lines = draw([session('A long place name that goes on', 'Russia')], 80);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(lines[0]).toContain('Created (Moscow)');
    expect(lines[0]).toContain('Activations left');
    expect(columnsByKind.stats.map((column) => column.key)).toEqual(['date', 'timeMs', 'hours']);
    expect(tableColumns(columnsByKind.stats).map((column) => column.title)).toEqual([
      'Date (Moscow)',
      'Hours',
    ]);
  });
});
