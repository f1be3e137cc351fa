import { isSecretValue, paramFromText, type SessionParams } from '@boomstream/spec';

import type { FieldEntry } from '../registry.js';
import type { QueryParams } from './source.js';

/** `order` as sent (the API's `asc` when left out): bucket tables and exports follow it. */
export function orderOf(params: QueryParams): NonNullable<SessionParams['order']> {
  return params['order'] === 'desc' ? 'desc' : 'asc';
}

/** The non-empty values of a form or a command line, read by the spec's `paramFromText`. */
export function toQueryParams(
  fields: readonly FieldEntry[],
  values: Readonly<Record<string, string | undefined>>,
): QueryParams {
  const params: Record<string, string | number> = {};
  for (const field of fields) {
    const text = values[field.name];
    if (text !== undefined && text !== '') params[field.name] = paramFromText(field.param, text);
  }
  return params;
}

/** Values of this field that may be shown (`all`); empty when it is not secret or always secret. */
export function publicValues(field: FieldEntry): readonly string[] {
  return field.param.secret?.publicValues ?? [];
}

/** Whether every value of the field is secret (`hash`), so it never comes from a flag. */
export function isAlwaysSecret(field: FieldEntry): boolean {
  return field.param.secret !== undefined && publicValues(field).length === 0;
}

/** The secret values among a query's, to scrub from any text shown. */
export function secretValues(
  fields: readonly FieldEntry[],
  values: Readonly<Record<string, string | number | undefined>>,
): string[] {
  return fields.flatMap((field) => {
    const value = values[field.name];
    return typeof value === 'string' && value !== '' && isSecretValue(field.param, value)
      ? [value]
      : [];
  });
}
