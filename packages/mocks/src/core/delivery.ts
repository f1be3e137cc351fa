import { xmlLayout } from '@boomstream/spec';

import type { MockFault } from '../server/faults.js';

/** What the mock answers, before it is sent over a socket or handed to an undici handler. */
export interface Reply {
  readonly status: number;
  readonly body: string;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** How a reply goes out: after a latency, whole or cut after half its body. */
export interface Delivery {
  readonly reply: Reply;
  readonly latencyMs: number;
  /** `reset`: half the body, then the connection is reset; `stall`: half the body, then nothing. */
  readonly cut?: 'reset' | 'stall';
}

/** What an nginx in front of an API shows when the API is down. */
const PROXY_ERROR_PAGE = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

/** The reply a fault puts in place of the answer, for faults that need no answer. */
function replacement(fault: MockFault, failedXml: (message?: string) => string): Reply | undefined {
  switch (fault.kind) {
    case 'status':
      return {
        status: fault.status,
        body: `Mock fault: HTTP ${fault.status}\n`,
        contentType: 'text/plain',
      };
    case 'rate-limit':
      return {
        status: 429,
        body: 'Too Many Requests\n',
        contentType: 'text/plain',
        headers: { 'retry-after': String(fault.retryAfterSeconds) },
      };
    case 'html':
      return { status: 502, body: PROXY_ERROR_PAGE, contentType: 'text/html' };
    case 'failed':
      return { status: 200, body: failedXml(fault.message) };
    default:
      return undefined;
  }
}

/** An answer and the faults its own handler asked for. */
export interface Answered {
  readonly reply: Reply;
  readonly faults?: readonly MockFault[];
}

/**
 * How the faults change an answer: latencies add up; the first other fault
 * decides. A fault that replaces the answer (a status, 429, `failed`, HTML)
 * spares computing it, so an override is not spent on a reply nobody sees.
 */
export function deliver(
  faults: readonly MockFault[],
  answer: () => Answered,
  failedXml: (message?: string) => string,
): Delivery {
  const latencyOf = (all: readonly MockFault[]) =>
    all.reduce((ms, fault) => (fault.kind === 'latency' ? ms + fault.ms : ms), 0);
  const first = faults.find(({ kind }) => kind !== 'latency');
  const replaced = first && replacement(first, failedXml);
  if (replaced) return { reply: replaced, latencyMs: latencyOf(faults) };

  const answered = answer();
  const all = [...faults, ...(answered.faults ?? [])];
  const latencyMs = latencyOf(all);
  const fault = all.find(({ kind }) => kind !== 'latency');
  const { reply } = answered;
  if (!fault) return { reply, latencyMs };
  switch (fault.kind) {
    case 'malformed':
      return {
        reply: {
          ...reply,
          body: reply.body.replace(`</${xmlLayout.root}>`, `</${xmlLayout.root}x>`),
        },
        latencyMs,
      };
    case 'truncate':
      return {
        reply: { ...reply, body: reply.body.slice(0, Math.floor(reply.body.length / 2)) },
        latencyMs,
      };
    case 'reset':
    case 'stall':
      return { reply, latencyMs, cut: fault.kind };
    default:
      return { reply: replacement(fault, failedXml) ?? reply, latencyMs };
  }
}
