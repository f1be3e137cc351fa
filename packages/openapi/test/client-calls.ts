/** What a generated client's call of one of the spec's methods came back with. */
export interface Answer {
  /** The URL the client requested. */
  readonly url: string;
  readonly status: number;
  /** The XML, read as text. */
  readonly text: string;
}

/** What the mock offers that works with all three methods (`MockServer['demo']`). */
export interface Demo {
  readonly apiKey: string;
  readonly codes: readonly string[];
  readonly sessions: readonly { readonly code: string; readonly hash: string }[];
}

/** One answer for each method of the spec. */
export type Answers = Record<'project' | 'target' | 'session', Answer>;

/** The values the calls send: the mock's first media code and first customer session. */
export function demoValues(demo: Demo): { code: string; session: { code: string; hash: string } } {
  const [code] = demo.codes;
  const [session] = demo.sessions;
  if (code === undefined || session === undefined) throw new Error('the mock offers no demo');
  // The demo's session may carry more (its key); a call sends the two it needs.
  return { code, session: { code: session.code, hash: session.hash } };
}

/** A generated client's result as an `Answer`: its body is the XML text, success or not. */
export function answerOf(result: { response: Response; data?: unknown; error?: unknown }): Answer {
  const body = result.data ?? result.error;
  const text = typeof body === 'string' ? body : '';
  return { url: result.response.url, status: result.response.status, text };
}
