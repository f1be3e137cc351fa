import { z } from 'zod';

import { isoDate } from './codecs/index.js';

/** How a form or a document presents a parameter. */
export type ParamKind = 'date' | 'enum' | 'integer' | 'code' | 'text';

/**
 * A query parameter, declared once. `schema` validates one present value; whether
 * it is required and what the server does without it belong to each method.
 */
export interface Param<
  S extends z.ZodType<unknown, string | number> = z.ZodType<unknown, string | number>,
> {
  readonly schema: S;
  /** A short label for forms. */
  readonly label: string;
  /** The reference's description, word for word. */
  readonly description: string;
  readonly kind: ParamKind;
  /**
   * A secret value never appears in an error, log, fixture or screen. Values in
   * `publicValues` are not secrets (`project=all`).
   */
  readonly secret?: { readonly publicValues: readonly string[] };
  /** An example value for documents and forms; never a real secret. */
  readonly example?: string | number;
}

function param<S extends z.ZodType<unknown, string | number>>(declaration: Param<S>): Param<S> {
  return declaration;
}

/** The API key. Sent as the `apikey` query parameter or as `Authorization: Bearer`. */
export const apiKeyParam = param({
  schema: z.string().regex(/^\S+$/, { error: 'must be a non-empty key without spaces' }),
  label: 'API key',
  description: 'API key',
  kind: 'text',
  secret: { publicValues: [] },
});

export const params = {
  project: param({
    schema: z.string().regex(/^\S+$/, { error: 'must be "all" or a project API key' }),
    label: 'Project',
    description:
      'Select a project. Options: all (by all projects), another project apikey (by specified project)',
    kind: 'text',
    secret: { publicValues: ['all'] },
    example: 'all',
  }),
  code: param({
    schema: z
      .string()
      .regex(/^[A-Za-z0-9]{8}$/, { error: 'must be 8 letters or digits, e.g. AbCd1234' }),
    label: 'Media code',
    description: 'Video, Live or Playlist code',
    kind: 'code',
    example: 'XXXXXXXX',
  }),
  hash: param({
    schema: z.string().regex(/\S/, { error: 'must not be empty or only spaces' }),
    label: 'Customer password',
    description: 'Customer password',
    kind: 'text',
    secret: { publicValues: [] },
  }),
  start: param({
    schema: isoDate,
    label: 'Start date',
    description: 'Start date as YYYY-MM-DD, e.g., 2020-01-01',
    kind: 'date',
    example: '2020-01-01',
  }),
  end: param({
    schema: isoDate,
    label: 'End date',
    description: 'End date as YYYY-MM-DD, e.g., 2020-05-01',
    kind: 'date',
    example: '2020-05-01',
  }),
  group: param({
    schema: z.enum(['day', 'hour'], { error: 'must be one of: day, hour' }),
    label: 'Group by',
    description: 'Grouping of output. Options: day (by days), hour (by hours)',
    kind: 'enum',
  }),
  order: param({
    schema: z.enum(['asc', 'desc'], { error: 'must be one of: asc, desc' }),
    label: 'Order',
    description: 'Sort of output. Options: asc (ascending), desc (descending)',
    kind: 'enum',
  }),
  page: param({
    schema: z.int({ error: 'must be a whole number' }).min(1, { error: 'must be 1 or more' }),
    label: 'Page',
    description: 'Page of output',
    kind: 'integer',
    example: 1,
  }),
} as const;

export type ParamName = keyof typeof params;

/**
 * Text typed by a person (a form field, a command-line flag) or sent in a query
 * string, as the parameter's schema reads it: an integer parameter's number-like
 * text (`2`, ` 2 `, `-1`, `1.5`) as a number, so that the schema's own rule names
 * the problem (`must be 1 or more`, `must be a whole number`); anything else as it
 * is. The mock server and the UI both read text through this one function.
 */
export function paramFromText(declaration: Pick<Param, 'kind'>, text: string): string | number {
  const trimmed = text.trim();
  return declaration.kind === 'integer' && /^[+-]?\d+(\.\d+)?$/.test(trimmed)
    ? Number(trimmed)
    : text;
}

/** Whether a value of this parameter must be hidden. */
export function isSecretValue(declaration: Pick<Param, 'secret'>, value: string): boolean {
  return declaration.secret !== undefined && !declaration.secret.publicValues.includes(value);
}
