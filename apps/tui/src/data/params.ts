import type { ParamKind } from '@boomstream/spec';

import type { QueryParams } from './source.js';

/**
 * Text typed into a form field or a flag, as the spec's schema expects it:
 * integers as numbers. Anything else stays text, so that the spec's own rule
 * names the problem (`page: must be a whole number`).
 */
export function coerceParam(kind: ParamKind, text: string): string | number {
  return kind === 'integer' && /^-?\d+$/.test(text.trim()) ? Number(text.trim()) : text;
}

/** The non-empty values of a form or a command line, coerced by their fields' kinds. */
export function toQueryParams(
  fields: readonly { readonly name: string; readonly kind: ParamKind }[],
  values: Readonly<Record<string, string | undefined>>,
): QueryParams {
  const params: Record<string, string | number> = {};
  for (const field of fields) {
    const text = values[field.name];
    if (text !== undefined && text !== '') params[field.name] = coerceParam(field.kind, text);
  }
  return params;
}
