import { userAgentParts } from '@boomstream/insights';
import { Box, Text } from 'ink';

import { cells, printable } from '../format.js';

export interface SessionDetailProps {
  /** What the session is, e.g. `Session 3 of 10 · group-buy`. */
  readonly title: string;
  /** The session's fields as the table shows them, label first (an audit's IP masked). */
  readonly fields: readonly (readonly [label: string, value: string])[];
  /** The whole user agent, wrapped, and read part by part below it. */
  readonly userAgent: string;
  /** Lines about the evidence the session is part of, if any. */
  readonly evidence?: readonly string[];
  readonly width: number;
  /** Lines the detail may take; evidence beyond them is counted, not drawn. */
  readonly height: number;
}

function Field({
  label,
  value,
  labelWidth,
}: {
  readonly label: string;
  readonly value: string;
  readonly labelWidth: number;
}) {
  return (
    <Box>
      <Box width={labelWidth} flexShrink={0}>
        <Text dimColor>{label}</Text>
      </Box>
      <Text wrap="wrap">{printable(value)}</Text>
    </Box>
  );
}

/** The parts known, joined by `separator`; a dash when none is. */
const joined = (parts: readonly (string | undefined)[], separator = ' · ') =>
  parts.filter((part) => part !== undefined && part !== '' && part !== '—').join(separator) || '—';

/** Cells a wrapped line may leave empty at its end: a word that did not fit there. */
const WRAP_SLACK = 12;

/** Lines a value takes wrapped beside labels `labelWidth` wide, at most. */
const wrappedLines = (value: string, width: number, labelWidth: number) => {
  const text = cells(printable(value));
  const room = width - labelWidth;
  if (text <= room) return 1;
  // Ink wraps at spaces, so a line may end short of the edge: counted at most
  // WRAP_SLACK short, the estimate is never below the lines drawn for ordinary text.
  return Math.ceil(text / Math.max(room - WRAP_SLACK, 1));
};

/**
 * One session whole: its fields, the user agent unabridged (wrapped, never cut), the
 * parts the audit's parser reads in it, and the evidence it is part of.
 */
export function SessionDetail({
  title,
  fields,
  userAgent,
  evidence = [],
  width,
  height,
}: SessionDetailProps) {
  const parts = userAgentParts(userAgent);
  const read: [string, string][] = [
    ['Device', parts.family ?? 'unreadable: counted as no device'],
    // Two parts a line, so that the evidence below still fits the smallest terminal.
    ['Browser', joined([joined([parts.browser, parts.browserVersion], ' '), parts.engine])],
    ['System', joined([joined([parts.os, parts.osVersion], ' '), parts.platform, parts.device])],
  ];
  const all: (readonly [string, string])[] = [...fields, ['User agent', userAgent || '—'], ...read];
  // The labels' column: the longest label and a space.
  const labelWidth = Math.max(...all.map(([label]) => cells(label))) + 1;
  const used = 1 + all.reduce((sum, [, value]) => sum + wrappedLines(value, width, labelWidth), 0);
  // The heading and the lines that fit; a last line says how many did not.
  const room = Math.max(height - used - 1, 0);
  // Each line wrapped whole when they all fit; else one line each, cut, and a line for the rest.
  const wrapped = evidence.reduce((sum, line) => sum + wrappedLines(line, width, 0), 0) <= room;
  const shown = wrapped || evidence.length <= room ? evidence : evidence.slice(0, room - 1);
  const hidden = evidence.length - shown.length;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      {all.map(([label, value]) => (
        <Field key={label} label={label} value={value} labelWidth={labelWidth} />
      ))}
      {evidence.length > 0 && room > 0 ? (
        <>
          <Text bold>Evidence with this session:</Text>
          {shown.map((line, index) => (
            <Text key={index} color="yellow" wrap={wrapped ? 'wrap' : 'truncate-end'}>
              {printable(line)}
            </Text>
          ))}
          {hidden > 0 ? <Text dimColor>…and {hidden} more</Text> : null}
        </>
      ) : null}
    </Box>
  );
}
