import type { MethodSpec } from '@boomstream/spec';
import type { z } from 'zod';

/** Per-call options. */
export interface CallOptions {
  /** Cancels the call. */
  readonly signal?: AbortSignal;
}

/** What a generated binding calls: the client's one way to run a method. */
export interface MethodRuntime {
  call<M extends MethodSpec>(
    method: M,
    params: unknown,
    options?: CallOptions,
  ): Promise<z.output<M['response']>>;
}

/** A method of the spec bound to a client: call it with the method's parameters to get one page. */
export type BoundMethod<M extends MethodSpec> = (
  params: z.input<M['paramsSchema']>,
  options?: CallOptions,
) => Promise<z.output<M['response']>>;

export function bindMethod<M extends MethodSpec>(
  runtime: MethodRuntime,
  method: M,
): BoundMethod<M> {
  return (params, options) => runtime.call(method, params, options);
}
