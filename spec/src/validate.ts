import type { z } from 'zod';

import type { MethodSpec } from './method.js';

/** One problem with one parameter, in words a person understands. */
export interface ParamIssue {
  /** The parameter's name (`start`), or `''` when the problem is the whole set. */
  readonly param: string;
  /** The rule it breaks: `must be a calendar date as YYYY-MM-DD`. */
  readonly message: string;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly ParamIssue[] };

/** zod's type names, in words. */
const EXPECTED: Readonly<Record<string, string>> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined,
    input,
  );
}

function toParamIssues(issue: z.core.$ZodIssue, input: unknown): ParamIssue[] {
  const param = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ param: key, message: 'is not a parameter of this method' }));
  }
  if (issue.code === 'invalid_type' && issue.path.length === 0) {
    return [{ param, message: 'the parameters must be an object, e.g. { start: "2024-01-01" }' }];
  }
  if (issue.code === 'invalid_type') {
    return [
      {
        param,
        message:
          valueAt(input, issue.path) === undefined
            ? 'is required'
            : `must be ${EXPECTED[issue.expected] ?? issue.expected}`,
      },
    ];
  }
  return [{ param, message: issue.message }];
}

/**
 * One issue a parameter, the first rule it breaks (its own format before a rule between
 * parameters): a second message about a value already said to be wrong only repeats it.
 */
function firstPerParam(issues: readonly ParamIssue[]): ParamIssue[] {
  const seen = new Set<string>();
  return issues.filter(({ param }) => !seen.has(param) && seen.add(param));
}

/** Checks a call's parameters against the method's spec; never throws. */
export function validateParams<M extends MethodSpec>(
  method: M,
  input: unknown,
): ValidationResult<z.output<M['paramsSchema']>> {
  const result = method.paramsSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data as z.output<M['paramsSchema']> };
  const issues = result.error.issues.flatMap((issue) => toParamIssues(issue, input));
  return { ok: false, issues: firstPerParam(issues) };
}

/** `start: must be a calendar date as YYYY-MM-DD; page: must be 1 or more`. */
export function formatIssues(issues: readonly ParamIssue[]): string {
  return issues.map(({ param, message }) => (param ? `${param}: ${message}` : message)).join('; ');
}
