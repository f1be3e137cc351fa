import {
  failedResponse,
  methods,
  xmlLayout,
  type MethodName,
  type MethodSpec,
  type PageOfKind,
} from '@boomstream/spec';
import FastXmlBuilder from 'fast-xml-builder';

/**
 * fast-xml-parser 5.12 marks its `XMLBuilder` deprecated in favour of the
 * `fast-xml-builder` package, and its export is a re-export of that package: we
 * depend on it directly, the same code without the deprecated path.
 *
 * One element per line, no indentation, as the reference's examples are laid out.
 * Empty lists become `<Items/>`; `&`, `<` and `>` in text are escaped.
 */
/**
 * The builder class. ES modules get the package's ES build, whose default export is
 * the class. This package's CommonJS build gets its CommonJS file, whose
 * `module.exports` is `{ default: Builder }` (a transpiled default export), and
 * Node's interop, which the build follows, hands that whole object over as the default.
 */
const XMLBuilder =
  (FastXmlBuilder as unknown as { readonly default?: typeof FastXmlBuilder }).default ??
  FastXmlBuilder;

const builder = new XMLBuilder({ format: true, indentBy: '', suppressEmptyNode: true });

/**
 * The XML of a wire body: the object a spec codec encodes to, element names and
 * order exactly as on the wire, wrapped in the root element.
 */
export function buildXml(body: Readonly<Record<string, unknown>>): string {
  return builder.build({ [xmlLayout.root]: body });
}

/** A `Failed` answer with `message` (none: without `Message`), as Boomstream sends its errors. */
export function failedXml(message?: string): string {
  return buildXml(failedResponse.encode(message === undefined ? {} : { message }));
}

/**
 * A page's XML, the one way the mock writes an answer's page: the method's response
 * codec (`methods[method].response`) encodes it, checking it against the spec's
 * decoded shape, and `buildXml` writes the wire body. A page that breaks the spec
 * throws instead of going out.
 */
export function encodePage(method: MethodName, page: object): string {
  const { response }: MethodSpec = methods[method];
  // The codec of the method's kind; the page is checked by it, not by this cast.
  return buildXml(response.encode(page as PageOfKind<'stats'> & PageOfKind<'sessions'>).body);
}
