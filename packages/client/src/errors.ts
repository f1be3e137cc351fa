import { formatIssues, type ParamIssue } from '@boomstream/spec';

/** What every error carries. Nothing here may hold a secret: URLs and causes come redacted. */
export interface ErrorContext {
  /** The API method that failed (`project`, `target`, `session`), or `BoomstreamClient` for options. */
  readonly method: string;
  /** The request URL with every secret replaced by `***`; before validation passes, the endpoint without a query. */
  readonly url?: string | undefined;
  /** The underlying error, with secrets replaced by `***`. */
  readonly cause?: unknown;
}

/** The base of every error this client throws: `catch (e) { if (e instanceof BoomstreamError) … }`. */
export class BoomstreamError extends Error {
  override readonly name: string = 'BoomstreamError';
  /** A stable name of the kind of failure, for `switch` statements and logs. */
  readonly code: string = 'boomstream';
  readonly method: string;
  readonly url: string | undefined;
  /**
   * Set when `.all()` rejects: the items of every page it had read before the
   * failure, in page order, so that a failure late in a long read loses nothing.
   * Not enumerable, so that serialising the error stays small.
   */
  declare readonly itemsRead?: readonly unknown[];

  constructor(message: string, context: ErrorContext) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.method = context.method;
    this.url = context.url;
  }
}

/** Parameters or options broke a rule; no request was sent. */
export class BoomstreamValidationError extends BoomstreamError {
  override readonly name = 'BoomstreamValidationError';
  override readonly code = 'validation';
  /** Each broken rule: the parameter (or option) and the rule in words. */
  readonly issues: readonly ParamIssue[];

  constructor(message: string, context: ErrorContext & { readonly issues: readonly ParamIssue[] }) {
    super(message, context);
    this.issues = context.issues;
  }

  static fromIssues(
    method: string,
    issues: readonly ParamIssue[],
    url?: string,
  ): BoomstreamValidationError {
    return new BoomstreamValidationError(`${method}: invalid input: ${formatIssues(issues)}`, {
      method,
      url,
      issues,
    });
  }
}

/** Boomstream answered `<Status>Failed</Status>` (it does so with HTTP 200). Never retried. */
export class BoomstreamApiError extends BoomstreamError {
  override readonly name = 'BoomstreamApiError';
  override readonly code = 'api';
  /** The answer's `<Message>` (`Invalid API key`, `Media not found`), when it has one. */
  readonly apiMessage: string | undefined;

  constructor(
    message: string,
    context: ErrorContext & { readonly apiMessage: string | undefined },
  ) {
    super(message, context);
    this.apiMessage = context.apiMessage;
  }
}

/** The server answered with an HTTP status other than 2xx (after retries, when it was transient). */
export class BoomstreamHttpError extends BoomstreamError {
  override readonly name = 'BoomstreamHttpError';
  override readonly code = 'http';
  readonly status: number;
  /**
   * The response's headers, names in lower case. Values of credential headers
   * (`Set-Cookie`, an echoed `Authorization`, …) are `***`, and any secret of the
   * call inside another value is masked.
   */
  readonly headers: Readonly<Record<string, string>>;
  /** The server's id of the request (`x-request-id`, `request-id`) for a support ticket, when it sends one. */
  readonly requestId: string | undefined;

  constructor(
    message: string,
    context: ErrorContext & {
      readonly status: number;
      readonly headers: Readonly<Record<string, string>>;
      readonly requestId: string | undefined;
    },
  ) {
    super(message, context);
    this.status = context.status;
    this.headers = context.headers;
    this.requestId = context.requestId;
  }
}

/** No answer: DNS, refused or reset connection, a proxy failure (after retries). */
export class BoomstreamConnectionError extends BoomstreamError {
  override readonly name = 'BoomstreamConnectionError';
  override readonly code = 'connection';
}

/** An attempt took longer than `timeoutMs` (after retries), or a page longer than `pageTimeoutMs` (retries included). */
export class BoomstreamTimeoutError extends BoomstreamError {
  override readonly name = 'BoomstreamTimeoutError';
  override readonly code = 'timeout';
  /** The bound that was exceeded: an attempt's `timeoutMs`, or the page's `pageTimeoutMs`; the message says which. */
  readonly timeoutMs: number;

  constructor(message: string, context: ErrorContext & { readonly timeoutMs: number }) {
    super(message, context);
    this.timeoutMs = context.timeoutMs;
  }
}

/** The caller's `signal` aborted the call. Never retried. */
export class BoomstreamAbortError extends BoomstreamError {
  override readonly name = 'BoomstreamAbortError';
  override readonly code = 'abort';
}

/** The body is not the XML the method answers with (an HTML error page, JSON, truncated, empty, too large). */
export class BoomstreamDecodeError extends BoomstreamError {
  override readonly name = 'BoomstreamDecodeError';
  override readonly code = 'decode';
}
