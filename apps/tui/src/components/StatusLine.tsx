import { Text } from 'ink';

export interface StatusLineProps {
  readonly mode: 'demo' | 'live';
  /** The API prefix; it holds no secret. */
  readonly baseUrl: string;
  readonly latencyMs: number | undefined;
}

/** DEMO or LIVE, where requests go, and how long the last one took. */
export function StatusLine({ mode, baseUrl, latencyMs }: StatusLineProps) {
  const demo = mode === 'demo';
  return (
    <Text wrap="truncate-end">
      <Text inverse bold color={demo ? 'yellow' : 'green'}>
        {demo ? ' DEMO ' : ' LIVE '}
      </Text>{' '}
      {demo ? 'demo data from the built-in mock server · ' : ''}
      <Text dimColor>{baseUrl}</Text>
      {latencyMs === undefined ? '' : ` · last request ${Math.round(latencyMs)} ms`}
    </Text>
  );
}
