import type { ParameterObject, SchemaObject } from 'openapi3-ts/oas31';
import { z } from 'zod';

import type { MethodSpec, Param, ParamUse } from '../src/index.js';

/** zod's bound of `z.int()`: true of every integer a client can send, so it tells a reader nothing. */
const SAFE_INTEGER_BOUND = Number.MAX_SAFE_INTEGER;

/**
 * Rules a reader would otherwise have to decode from a regex, in words. The schema keeps
 * what forms and validators understand (`format`, `minLength`); the rule goes in the
 * description, where a rendered reference page shows it.
 */
const CALENDAR_RULE =
  'A day that exists in the calendar, in Moscow time (UTC+03:00): `2023-02-29` is refused.';
const NOT_BLANK = {
  pattern: '\\S',
  keywords: { minLength: 1 },
  rule: 'Not empty, not only spaces.',
};

/** A parameter's schema as a rendered page and a form read it, and its rule in words. */
function readableSchema(param: Param): { schema: SchemaObject; rule?: string } {
  const {
    $schema: _dialect,
    pattern,
    maximum,
    ...keywords
  } = z.toJSONSchema(param.schema, { io: 'input' }) as SchemaObject & { $schema?: string };
  const schema: SchemaObject = {
    ...keywords,
    ...(maximum !== undefined && maximum !== SAFE_INTEGER_BOUND && { maximum }),
  };
  // zod spells a calendar date as `format: date` plus a long leap-year regex: the format says it.
  if (schema.format === 'date') return { schema, rule: CALENDAR_RULE };
  if (pattern === NOT_BLANK.pattern) {
    return { schema: { ...schema, ...NOT_BLANK.keywords }, rule: NOT_BLANK.rule };
  }
  return { schema: pattern === undefined ? schema : { ...schema, pattern } };
}

const code = (text: string) => `\`${text}\``;
const list = (names: readonly string[]) => names.map(code).join(' and ');
const named = (methods: readonly MethodSpec[]) =>
  methods.map(({ name, title }) => `${code(name)} (${title})`).join(' and ');

/**
 * What a parameter that only some of an operation's methods take means there: one that a
 * method requires and the others never send picks that method (`code` makes a `/stats`
 * request a `target` one); any other belongs to the methods that take it.
 */
function sharingNote(name: string, methods: readonly MethodSpec[]): string | undefined {
  const taking = methods.filter((method) => name in method.params);
  if (taking.length === methods.length) return undefined;
  const others = methods.filter((method) => !taking.includes(method));
  const picks = taking.every((method) => method.params[name]?.required);
  return picks
    ? `With ${code(name)} the request is ${named(taking)}; without it, ${named(others)}.`
    : `Only for ${list(taking.map(({ name }) => name))}: ${list(others.map(({ name }) => name))} does not take it.`;
}

function descriptionOf(
  name: string,
  use: ParamUse,
  methods: readonly MethodSpec[],
  rule: string | undefined,
): string {
  const orderedDates = name === 'start' && methods.every((method) => 'end' in method.params);
  return [
    `${use.param.description}.`,
    rule,
    // Every method's `paramsSchema` refuses a start after the end.
    orderedDates ? 'On or before `end`.' : undefined,
    sharingNote(name, methods),
    use.serverDefault && `Default: ${use.serverDefault.text}.`,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
}

/**
 * The query parameters of one HTTP operation that serves `methods`: every parameter any
 * of them takes, required only where all of them require it. Parameters that tell the
 * methods apart come first.
 */
export function queryParameters(methods: readonly MethodSpec[]): ParameterObject[] {
  const names = [...new Set(methods.flatMap((method) => Object.keys(method.params)))];
  const sharedByAll = (name: string) => methods.every((method) => name in method.params);
  const ordered = [...names.filter((name) => !sharedByAll(name)), ...names.filter(sharedByAll)];
  return ordered.map((name) => {
    const uses = methods.flatMap((method) => method.params[name] ?? []);
    const [use] = uses;
    if (!use) throw new Error(`${name}: no method takes it`);
    // One parameter of one operation has one meaning: its methods must declare it alike.
    if (
      uses.some(
        ({ param, serverDefault }) =>
          param !== use.param || serverDefault?.text !== use.serverDefault?.text,
      )
    ) {
      throw new Error(
        `${name}: declared differently by ${methods.map(({ name }) => name).join(', ')}`,
      );
    }
    const { schema, rule } = readableSchema(use.param);
    const serverDefault = use.serverDefault;
    return {
      name,
      in: 'query',
      required: uses.length === methods.length && uses.every(({ required }) => required),
      description: descriptionOf(name, use, methods, rule),
      schema: {
        ...schema,
        ...(use.param.secret && { format: 'password' }),
        ...(serverDefault && 'value' in serverDefault && { default: serverDefault.value }),
      },
      ...(use.param.example !== undefined && { example: use.param.example }),
    };
  });
}
