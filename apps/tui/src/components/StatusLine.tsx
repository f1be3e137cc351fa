import { Text } from 'ink';

import { cells } from '../format.js';

export interface StatusLineProps {
  readonly mode: 'demo' | 'live';
  /** The API prefix; it holds no secret. */
  readonly baseUrl: string;
  readonly latencyMs: number | undefined;
  /** Said first, in yellow, for the whole run: a watch-list file that could not be used. */
  readonly warning?: string | undefined;
  readonly width: number;
}

const BADGE_WIDTH = 7;

/**
 * What follows the badge, the longest that fits: the explanation of demo data goes
 * first, then the words around the latency, then the URL.
 */
export function statusText(
  { mode, baseUrl, latencyMs }: Omit<StatusLineProps, 'width' | 'warning'>,
  width: number,
): string {
  const demo = mode === 'demo';
  const ms = latencyMs === undefined ? undefined : `${Math.round(latencyMs)} ms`;
  const candidates = [
    [
      demo ? 'demo data from the built-in mock server' : undefined,
      baseUrl,
      ms && `last request ${ms}`,
    ],
    [demo ? 'demo data' : undefined, baseUrl, ms && `last request ${ms}`],
    [demo ? 'demo data' : undefined, baseUrl, ms],
    [baseUrl, ms],
    [ms],
  ].map((parts) => parts.filter((part) => part !== undefined).join(' · '));
  return candidates.find((text) => cells(text) <= width - BADGE_WIDTH) ?? '';
}

/** DEMO or LIVE, where requests go, and how long the last one took, fitted to the width. */
export function StatusLine(props: StatusLineProps) {
  const demo = props.mode === 'demo';
  return (
    <Text wrap="truncate-end">
      <Text inverse bold color={demo ? 'yellow' : 'green'}>
        {demo ? ' DEMO ' : ' LIVE '}
      </Text>{' '}
      {props.warning ? <Text color="yellow">{props.warning} · </Text> : null}
      <Text dimColor>{statusText(props, props.width)}</Text>
    </Text>
  );
}
