import { z } from 'zod';

import type { ServerDefault } from './defaults.js';
import { itemResponses, type ItemKind } from './items.js';
import type { Param } from './params.js';

/** A parameter as one method uses it. */
export interface ParamUse<P extends Param = Param> {
  readonly param: P;
  readonly required: boolean;
  readonly serverDefault?: ServerDefault;
}

/** How a method pages: by the `PageCount` it reports, or until a page comes back short. */
export type Paging =
  | { readonly kind: 'pageCount'; readonly pageSize: number }
  | { readonly kind: 'untilShortPage'; readonly pageSize: number };

/** The reference's example of a method: the request it shows and the XML it answers, byte for byte. */
export interface MethodExample {
  readonly request: string;
  readonly response: string;
}

type Shape<U extends Record<string, ParamUse>> = {
  -readonly [K in keyof U]: U[K]['required'] extends true
    ? U[K]['param']['schema']
    : z.ZodOptional<U[K]['param']['schema']>;
};

/** The response codec: `{ requestedPage, body }` (the parsed `<Response>`) ↔ the decoded page, which always has `page` and `items`. */
export type ResponseCodec = z.ZodCodec<
  z.ZodObject<{ requestedPage: z.ZodInt; body: z.ZodType }>,
  z.ZodObject<{ page: z.ZodInt; items: z.ZodArray<z.ZodType> }>
>;

export interface MethodDeclaration<U extends Record<string, ParamUse>, K extends ItemKind> {
  /** The method's name in the reference and in every consumer. */
  readonly name: string;
  /** The reference's title. */
  readonly title: string;
  /** What the method answers, in a sentence or two, for documents and help screens. */
  readonly description: string;
  /** Path under the API prefix (`API_BASE_URL`). */
  readonly path: string;
  readonly params: U;
  /** What its pages hold; the response codec follows from it (`itemResponses`). */
  readonly items: K;
  readonly paging: Paging;
  readonly example: MethodExample;
  /** The `Failed` message documents show as the method's typical error answer. */
  readonly failedMessage: string;
}

export interface MethodSpec<
  U extends Record<string, ParamUse> = Record<string, ParamUse>,
  K extends ItemKind = ItemKind,
> extends MethodDeclaration<U, K> {
  /** The response codec: the parsed `<Response>` ↔ the decoded page. */
  readonly response: (typeof itemResponses)[K];
  /** Validates a call's parameters: types, formats, unknown names, start ≤ end. */
  readonly paramsSchema: z.ZodType<z.output<z.ZodObject<Shape<U>>>, z.input<z.ZodObject<Shape<U>>>>;
}

/** A parameter used by a method; optional unless `required` is set. */
export function use<P extends Param, const Required extends boolean = false>(
  param: P,
  options: { required?: Required; serverDefault?: ServerDefault } = {},
): ParamUse<P> & { readonly required: Required } {
  return {
    param,
    required: (options.required ?? false) as Required,
    ...(options.serverDefault && { serverDefault: options.serverDefault }),
  };
}

function shapeOf<U extends Record<string, ParamUse>>(uses: U): Shape<U> {
  return Object.fromEntries(
    Object.entries(uses).map(([name, { param, required }]) => [
      name,
      required ? param.schema : param.schema.optional(),
    ]),
  ) as Shape<U>;
}

/** Declares a method once; everything else (client, document, mocks, UI) is derived from it. */
export function defineMethod<const U extends Record<string, ParamUse>, const K extends ItemKind>(
  declaration: MethodDeclaration<U, K>,
): MethodSpec<U, K> {
  // zod runs an object's refinement even when a field failed: compare only dates that are
  // dates, or a mistyped end would be blamed on start.
  const isDate = (name: string, value: unknown): value is string =>
    typeof value === 'string' &&
    declaration.params[name]?.param.schema.safeParse(value).success === true;
  const paramsSchema = z.strictObject(shapeOf(declaration.params)).superRefine((value, ctx) => {
    const { start, end } = value as { start?: unknown; end?: unknown };
    // ISO dates compare correctly as strings.
    if (isDate('start', start) && isDate('end', end) && start > end) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: `must be on or before end (${end})`,
        input: start,
      });
    }
  });
  return { ...declaration, response: itemResponses[declaration.items], paramsSchema };
}
