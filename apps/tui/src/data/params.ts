import type { ParamKind } from '@boomstream/spec';

import type { FieldEntry } from '../registry-types.js';
import type { QueryParams } from './source.js';

/**
 * Text typed into a form field or a flag, as the spec's schema expects it:
 * numbers as numbers (`1.5` too). Anything else stays text, so that the spec's
 * own rule names the problem (`page: must be a whole number`, `must be a number`).
 */
export function coerceParam(kind: ParamKind, text: string): string | number {
  const trimmed = text.trim();
  return kind === 'integer' && /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
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

/** Whether a field's value must be hidden: a secret field, unless the value is public (`all`). */
export function isSecretField(field: FieldEntry, value: string): boolean {
  return field.secret && !field.publicValues.includes(value);
}

/** The secret values among a query's, to scrub from any text shown. */
export function secretValues(
  fields: readonly FieldEntry[],
  values: Readonly<Record<string, string | number | undefined>>,
): string[] {
  return fields.flatMap((field) => {
    const value = values[field.name];
    return typeof value === 'string' && value !== '' && isSecretField(field, value) ? [value] : [];
  });
}
