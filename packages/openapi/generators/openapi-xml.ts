import { z } from 'zod';

import { xmlLayout } from '@boomstream/spec';

/** A JSON Schema (2020-12, the dialect of OpenAPI 3.1) as plain data. */
export type JsonSchema = { [keyword: string]: unknown };

const [ITEM] = xmlLayout.arrayElements;

function isPipe(schema: z.core.$ZodType): schema is z.core.$ZodPipe {
  return schema._zod.def.type === 'pipe';
}

function isLooseRecord(schema: z.core.$ZodType): boolean {
  const { def } = schema._zod;
  return (
    def.type === 'record' && (def as z.core.$ZodRecordDef).valueType._zod.def.type === 'unknown'
  );
}

/**
 * The wire side of a zod schema: what the XML carries, as text, before any codec
 * decodes it. A codec whose input is a loose record renames elements to their
 * canonical spelling first (the session's `IP`/`ip` aliases); the document shows
 * that canonical spelling, the one the wire carries.
 */
export function wireJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      if (!isPipe(zodSchema) || !isLooseRecord(zodSchema._zod.def.in)) return;
      // The loose record's keywords give way to the canonical element names.
      delete jsonSchema.propertyNames;
      delete jsonSchema.additionalProperties;
      Object.assign(jsonSchema, wireJsonSchema(zodSchema._zod.def.out as z.ZodType));
    },
  });
  return json;
}

function isObjectSchema(
  schema: unknown,
): schema is JsonSchema & { properties: Record<string, JsonSchema> } {
  return typeof schema === 'object' && schema !== null && 'properties' in schema;
}

/**
 * The list inside a wrapper element (`<Items><Item/>…</Items>`), as the parser
 * hands it over: `{ Item: [...] }`, or `''` for an empty `<Items/>`.
 */
function wrappedList(schema: JsonSchema): JsonSchema | undefined {
  const branches = (schema['anyOf'] as JsonSchema[] | undefined) ?? [schema];
  const lists = branches.filter(
    (branch) => isObjectSchema(branch) && Object.keys(branch.properties).join() === ITEM,
  );
  const others = branches.filter((branch) => !lists.includes(branch));
  const emptyElement = others.every((branch) => branch['const'] === '');
  const [list] = lists;
  return lists.length === 1 && emptyElement && isObjectSchema(list)
    ? list.properties[ITEM]
    : undefined;
}

/** An element that repeats (`Item`): its own children described, named on the wire. */
function repeatedElement(items: JsonSchema, name: string): JsonSchema {
  return { ...describeChildren(items), xml: { name } };
}

function describeProperty(name: string, schema: JsonSchema): JsonSchema {
  const list = wrappedList(schema);
  if (list) {
    return {
      type: 'array',
      description: `\`<${name}>\` wraps one \`<${ITEM}>\` per entry; an empty list is \`<${name}/>\` or no \`<${name}>\` at all.`,
      items: repeatedElement(list['items'] as JsonSchema, ITEM),
      xml: { name, wrapped: true },
    };
  }
  if (schema['type'] === 'array') {
    // Repeated straight under their parent, without a wrapper element.
    return { ...schema, items: repeatedElement(schema['items'] as JsonSchema, name) };
  }
  return describeChildren(schema);
}

function describeChildren(schema: JsonSchema): JsonSchema {
  if (!isObjectSchema(schema)) return schema;
  const properties = Object.fromEntries(
    Object.entries(schema.properties).map(([name, child]) => [name, describeProperty(name, child)]),
  );
  return { ...schema, properties };
}

/**
 * A response's wire schema described for XML with OpenAPI's `xml` object: the
 * root element, lists wrapped with their `Item` elements, every other element
 * named exactly as its property. Values stay text, as XML carries them.
 */
export function xmlResponseSchema(wire: z.ZodType, description: string): JsonSchema {
  return {
    ...describeChildren(wireJsonSchema(wire)),
    description,
    xml: { name: xmlLayout.root },
  };
}
