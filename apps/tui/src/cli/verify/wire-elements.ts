/**
 * What an answer's XML spells, as written: element names and texts that decoding
 * forgives (`<IP>` or `<ip>`, `14:00` or `14:00:00`). Boomstream's answers are flat,
 * one element per line, `Item` never nested, so patterns read them; `verify` only
 * reads answers the client's decoder has already taken.
 */

/** A leaf element as written: `<name>text</name>`. */
const LEAF = /<([A-Za-z_][\w.-]*)>([^<]*)<\/\1>/g;
const ITEM = /<Item>([\s\S]*?)<\/Item>/g;

/** Each `<Item>` of an answer, as its leaf elements' names and texts in order. */
export function wireItems(xml: string): (readonly (readonly [string, string])[])[] {
  return [...xml.matchAll(ITEM)].map(([, inner = '']) =>
    [...inner.matchAll(LEAF)].map(([, name = '', text = '']) => [name, text] as const),
  );
}

/** The texts of the `<name>` elements of every `<Item>`, in order (not `ItemFormat`'s). */
export function itemTexts(xml: string, name: string): string[] {
  return wireItems(xml).flatMap((item) =>
    item.filter(([found]) => found === name).map(([, text]) => text),
  );
}

/** Whether the answer holds an element `name` (opening or empty), spelled exactly so. */
export function hasElement(xml: string, name: string): boolean {
  return new RegExp(`<${name}[\\s/>]`).test(xml);
}
