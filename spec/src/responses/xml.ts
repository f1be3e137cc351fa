/**
 * How Boomstream's XML is laid out, for the parser of the client and the builder
 * of the mocks: one root element, `Item` repeated inside lists, and elements that
 * carry API notes rather than data.
 */
export const xmlLayout = {
  /** Every answer is one `<Response>` element. */
  root: 'Response',
  /** Elements that may repeat: parse them as arrays even when one is present. */
  arrayElements: ['Item'],
  /** API version notes (`Version`, `Versions/Item`) that decoders ignore. */
  ignoredElements: ['Version', 'Versions'],
} as const;
