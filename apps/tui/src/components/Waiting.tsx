import { Text } from 'ink';
import { useEffect, useState } from 'react';

import { Spinner } from './Spinner.js';

/** After this long a wait is said in words, counted in seconds; a quicker answer shows only the spinner. */
const WORDS_AFTER_MS = 1000;

export interface WaitingProps {
  /** What shows during the first second: `Loading…`. */
  readonly label: string;
  /** What the UI waits for: the API's host, or the demo server. */
  readonly waitingFor: string;
}

/**
 * A spinner with `label`, which after a second says what the UI waits for and for how
 * long, as the CLI does on stderr: `waiting for boomstream.com · 12 s · esc to cancel`.
 */
export function Waiting({ label, waitingFor }: WaitingProps) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      setSeconds(Math.round((Date.now() - started) / 1000));
    }, WORDS_AFTER_MS);
    return () => {
      clearInterval(timer);
    };
  }, []);
  if (seconds === 0) return <Spinner label={label} />;
  return (
    <Text>
      <Spinner label={`waiting for ${waitingFor} · ${seconds} s`} />
      <Text dimColor> · esc to cancel</Text>
    </Text>
  );
}

/** What a source's requests wait for, in a word: its host when live, the demo server otherwise. */
export function waitedFor(source: { readonly mode: 'demo' | 'live'; readonly baseUrl: string }) {
  if (source.mode === 'demo') return 'the demo server';
  try {
    return new URL(source.baseUrl).host;
  } catch {
    return 'the API';
  }
}
