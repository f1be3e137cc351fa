import { XMLParser } from 'fast-xml-parser';

type Schema = Readonly<Record<string, unknown>> & {
  readonly type?: string;
  readonly items?: Schema;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly xml?: { readonly name?: string; readonly wrapped?: boolean };
};

// As the client reads answers: values stay text, `Item` is a list even when alone.
const parser = new XMLParser({
  parseTagValue: false,
  processEntities: false,
  isArray: (name) => name === 'Item',
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The element that holds a property's value, as the schema's `xml` object names it. */
function elementName(property: string, schema: Schema): string {
  if (schema.type === 'array' && !schema.xml?.wrapped) return schema.items?.xml?.name ?? property;
  return schema.xml?.name ?? property;
}

/**
 * A parsed element read the way OpenAPI's `xml` object describes it: a wrapped list
 * (`<Items><Item/>…</Items>`) becomes an array, every property is looked up by its
 * element name. Elements the schema does not name are kept as they are.
 */
function toModel(value: unknown, schema: Schema): unknown {
  if (schema.type === 'array' && schema.items) {
    const items = schema.items;
    const name = items.xml?.name ?? '';
    // An empty wrapper (`<Items/>`) parses as ''; anything else unexpected stays as it is.
    const wrapped = value === '' ? [] : isRecord(value) && name in value ? value[name] : value;
    const elements = schema.xml?.wrapped ? wrapped : value;
    return Array.isArray(elements) ? elements.map((element) => toModel(element, items)) : elements;
  }
  if (!schema.properties || !isRecord(value)) return value;
  const byElement = new Map(
    Object.entries(schema.properties).map(([property, child]) => [
      elementName(property, child),
      { property, child },
    ]),
  );
  return Object.fromEntries(
    Object.entries(value).map(([name, element]) => {
      const described = byElement.get(name);
      return described ? [described.property, toModel(element, described.child)] : [name, element];
    }),
  );
}

/**
 * An XML answer as the instance a response schema describes, or a description of why
 * it cannot be one (a root element other than the schema's).
 */
export function xmlInstance(
  xml: string,
  schema: Schema,
): { instance: unknown } | { error: string } {
  const parsed: unknown = parser.parse(xml);
  const root = schema.xml?.name;
  if (!isRecord(parsed) || root === undefined || !(root in parsed)) {
    return { error: `the root element is not <${String(root)}>` };
  }
  return { instance: toModel(parsed[root], schema) };
}
