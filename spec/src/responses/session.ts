import { z } from 'zod';

import { integerText, wireMoscowTime } from '../codecs/index.js';
import { responseEnvelope } from './envelope.js';

/**
 * The reference contradicts itself on two element names: its output list says
 * `IP` and `CreatedAt`, its example sends `ip` and `Start`. Decoders accept either
 * spelling, in any letter case; encoders write the example's spelling, the only
 * one seen on the wire.
 */
const SESSION_ELEMENT_ALIASES: Readonly<Record<string, string>> = {
  place: 'Place',
  ip: 'ip',
  country: 'Country',
  useragent: 'UserAgent',
  start: 'Start',
  createdat: 'Start',
  leftactivations: 'LeftActivations',
};

/**
 * The element in its canonical spelling, and what is wrong with it: two
 * spellings of one element that disagree (`<ip>` and `<IP>` with different
 * values) are an error, not a guess.
 */
function canonicalElementNames(element: Record<string, unknown>): {
  canonical: Record<string, unknown>;
  conflicts: string[];
} {
  const canonical: Record<string, unknown> = {};
  const spelling: Record<string, string> = {};
  const conflicts: string[] = [];
  for (const [name, value] of Object.entries(element)) {
    const key = SESSION_ELEMENT_ALIASES[name.toLowerCase()] ?? name;
    const seen = spelling[key];
    if (seen !== undefined && canonical[key] !== value) {
      conflicts.push(`has both <${seen}> and <${name}> with different values`);
    }
    spelling[key] ??= name;
    canonical[key] ??= value;
  }
  return { canonical, conflicts };
}

/** One session as the XML carries it, in the example's spelling. */
const sessionItemWire = z.object({
  Place: z.string(),
  ip: z.string(),
  Country: z.string(),
  UserAgent: z.string(),
  Start: wireMoscowTime,
  LeftActivations: integerText,
});

/** One customer session as users get it. */
export const sessionItem = z.object({
  /** The media name the password was connected to. */
  place: z.string(),
  /** The viewer's device IP address. */
  ip: z.string(),
  /** The viewer's country, from the IP address. */
  country: z.string(),
  /** The viewer's browser user agent. */
  userAgent: z.string(),
  /** When the session was created, ISO 8601 in Moscow time with its offset. */
  createdAt: z.iso.datetime({ offset: true, precision: 0 }),
  /** Password activations left. */
  leftActivations: z.int(),
});

const sessionItemCodec = z.codec(
  z.record(z.string(), z.unknown()),
  z.codec(sessionItemWire, sessionItem, {
    decode: (wire) => ({
      place: wire.Place,
      ip: wire.ip,
      country: wire.Country,
      userAgent: wire.UserAgent,
      createdAt: wire.Start,
      leftActivations: wire.LeftActivations,
    }),
    encode: (item) => ({
      Place: item.place,
      ip: item.ip,
      Country: item.country,
      UserAgent: item.userAgent,
      Start: item.createdAt,
      LeftActivations: item.leftActivations,
    }),
  }),
  {
    // The cast is checked at once: the codec's output schema validates every element.
    decode: (element, ctx) => {
      const { canonical, conflicts } = canonicalElementNames(element);
      for (const message of conflicts) ctx.issues.push({ code: 'custom', message, input: element });
      return canonical as z.input<typeof sessionItemWire>;
    },
    encode: (wire) => wire,
  },
);

/**
 * A session answer as the XML carries it: `Item` elements straight under the
 * root. The reference example has no `Status`; the mock always sends one.
 */
const sessionBody = z.object({
  Item: z.array(sessionItemCodec).optional(),
  Status: z.literal('Success').optional(),
});

/**
 * **Assumption**: sessions may also come wrapped in `Items`, as stats lists do
 * (`<Items><Item>…</Item></Items>`, or `<Items/>` for none); read so, they are not
 * silently dropped. Encoders write the example's layout.
 */
function unwrapItems(element: Record<string, unknown>): Record<string, unknown> {
  const { Items: wrapper, ...rest } = element;
  const wrapped = (wrapper as { Item?: unknown } | undefined)?.Item;
  if (wrapper === undefined || wrapper === '') return rest;
  if (!Array.isArray(wrapped) || rest['Item'] !== undefined) return element;
  return { ...rest, Item: wrapped };
}

export const sessionWire = z.codec(z.record(z.string(), z.unknown()), sessionBody, {
  // The cast is checked at once: the codec's output schema validates the element.
  decode: (element) => unwrapItems(element) as z.input<typeof sessionBody>,
  encode: (body) => body,
});

/**
 * A page of sessions as users get it. The answer carries no page number, so
 * `page` is the one that was asked for.
 */
export const sessionPage = z.object({
  page: z.int().min(1),
  items: z.array(sessionItem),
});

export type SessionItem = z.infer<typeof sessionItem>;
export type SessionPage = z.infer<typeof sessionPage>;

export const sessionResponse = z.codec(responseEnvelope(sessionWire), sessionPage, {
  decode: ({ requestedPage, body }) => ({ page: requestedPage, items: body.Item ?? [] }),
  encode: (page) => ({
    requestedPage: page.page,
    body: { Item: page.items, Status: 'Success' as const },
  }),
});
