import {
  applyServerDefaults,
  validateParams,
  type MethodSpec,
  type ParamIssue,
} from '@boomstream/spec';

/**
 * A method's parameters as the server takes them: checked by the spec, the
 * server's defaults applied, then checked again, since defaults can put a range
 * out of order (a start after the default end, today).
 */
export function resolveParams(
  method: MethodSpec,
  input: unknown,
  today: string,
):
  | { readonly ok: true; readonly params: Record<string, string | number> }
  | { readonly ok: false; readonly issues: readonly ParamIssue[] } {
  const validated = validateParams(method, input);
  if (!validated.ok) return validated;
  const params = applyServerDefaults(
    method,
    validated.value as Record<string, string | number>,
    today,
  );
  const resolved = validateParams(method, params);
  return resolved.ok ? { ok: true, params } : resolved;
}
