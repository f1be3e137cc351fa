import type { ParameterObject, SchemaObject } from 'openapi3-ts/oas31';
import { z } from 'zod';

import type { MethodSpec, Param, ParamUse } from '@boomstream/spec';

/** zod's bound of `z.int()`: true of every integer a client can send, so it tells a reader nothing. */
const SAFE_INTEGER_BOUND = Number.MAX_SAFE_INTEGER;

/**
 * Rules a reader would otherwise have to decode from a regex, in words: the schema keeps
 * what forms and validators understand (`format`, `minLength`), the rule goes in the
 * description, where a rendered reference page shows it. zod's date regex spells the
 * calendar (leap years and all); `format: date` and this sentence say it.
 */
const CALENDAR_RULE =
  'A day that exists in the calendar, in Moscow time (UTC+03:00): `2023-02-29` is refused.';
/**
 * The spec's patterns in words. A pattern JSON Schema has a keyword for gives way to it
 * (`\S`, unanchored, only says "not blank"); the others stay for validators, and the
 * words are for readers.
 */
const PATTERN_RULES: Record<string, { rule: string; keywords?: SchemaObject }> = {
  '\\S': { rule: 'Not empty, not only spaces.', keywords: { minLength: 1 } },
  '^\\S+$': { rule: 'No spaces.' },
  '^[A-Za-z0-9]{8}$': { rule: '8 letters or digits.' },
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
  if (schema.format === 'date') return { schema, rule: CALENDAR_RULE };
  if (pattern === undefined) return { schema };
  const reading = PATTERN_RULES[pattern];
  if (reading?.keywords) return { schema: { ...schema, ...reading.keywords }, rule: reading.rule };
  return { schema: { ...schema, pattern }, ...(reading && { rule: reading.rule }) };
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
