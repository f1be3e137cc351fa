import type { ParamIssue } from '@boomstream/spec';

interface ErrorContext {
  /** The API method that failed (`project`, `target`, `session`). */
  readonly method: string;
  /** The request URL with every secret replaced by `***`; absent before a URL exists. */
  readonly url?: string;
  readonly cause?: unknown;
}

/** The base of every error this client throws. */
export class BoomstreamError extends Error {
  override readonly name: string = 'BoomstreamError';
  readonly method: string;
  readonly url: string | undefined;

  constructor(message: string, context: ErrorContext) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.method = context.method;
    this.url = context.url;
  }
}

/** Parameters broke a rule of the spec; no request was sent. */
export class BoomstreamValidationError extends BoomstreamError {
  override readonly name = 'BoomstreamValidationError';
  readonly code = 'validation';
  readonly issues: readonly ParamIssue[];

  constructor(message: string, context: ErrorContext & { readonly issues: readonly ParamIssue[] }) {
    super(message, context);
    this.issues = context.issues;
  }
}

/** Boomstream answered `<Status>Failed</Status>`. */
export class BoomstreamApiError extends BoomstreamError {
  override readonly name = 'BoomstreamApiError';
  readonly code = 'api';
  /** The answer's `<Message>`, when it has one. */
  readonly apiMessage: string | undefined;

  constructor(
    message: string,
    context: ErrorContext & { readonly apiMessage: string | undefined },
  ) {
    super(message, context);
    this.apiMessage = context.apiMessage;
  }
}

/** The server answered with an HTTP status other than 2xx. */
export class BoomstreamHttpError extends BoomstreamError {
  override readonly name = 'BoomstreamHttpError';
  readonly code = 'http';
  readonly status: number;

  constructor(message: string, context: ErrorContext & { readonly status: number }) {
    super(message, context);
    this.status = context.status;
  }
}

/** The body is not the XML the method answers with (an HTML error page, JSON, truncated, empty). */
export class BoomstreamDecodeError extends BoomstreamError {
  override readonly name = 'BoomstreamDecodeError';
  readonly code = 'decode';
}
