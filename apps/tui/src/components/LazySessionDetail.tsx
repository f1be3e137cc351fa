import { Text } from 'ink';
import { lazy, Suspense } from 'react';

import type { SessionDetailProps } from './SessionDetail.js';

/**
 * The session detail reads the user agent with insights' parser (bowser), the largest part
 * of the sharing audit's code: loaded when a session is first opened, not before the UI
 * takes its first key.
 */
const SessionDetail = lazy(async () => ({
  default: (await import('./SessionDetail.js')).SessionDetail,
}));

/** `SessionDetail`, loaded on first use; a line says so meanwhile. */
export function LazySessionDetail(props: SessionDetailProps) {
  return (
    <Suspense fallback={<Text dimColor>Reading the session…</Text>}>
      <SessionDetail {...props} />
    </Suspense>
  );
}
