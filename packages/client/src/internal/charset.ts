import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

/**
 * The charsets the client decodes, by every label it accepts (WHATWG's labels for
 * them). Boomstream is a Russian service: besides UTF-8, the two Cyrillic
 * single-byte charsets still met in Russian PHP services.
 */
const CHARSETS: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'windows-1251': 'windows-1251',
  cp1251: 'windows-1251',
  'x-cp1251': 'windows-1251',
  'koi8-r': 'koi8-r',
  koi8_r: 'koi8-r',
  koi8: 'koi8-r',
  koi: 'koi8-r',
  cskoi8r: 'koi8-r',
};

/** The charsets, for messages and documents. */
export const DECODED_CHARSETS = ['utf-8', 'windows-1251', 'koi8-r'] as const;

const decoders = new Map<string, TextDecoder>();

function decoderOf(charset: string): TextDecoder {
  let decoder = decoders.get(charset);
  if (decoder === undefined) {
    // Fatal: bytes that are not text in the charset are an error, never U+FFFD in a page.
    decoder = new TextDecoder(charset, { fatal: true });
    decoders.set(charset, decoder);
  }
  return decoder;
}

/**
 * The text of bytes in a charset; throws on bytes that are not text in it. UTF-8,
 * the common case, is checked by `isUtf8` and read by `toString`, several times
 * faster than a fatal `TextDecoder`; its byte order mark is dropped, as
 * `TextDecoder` drops it.
 */
function decode(bytes: Buffer, charset: string): string {
  if (charset !== 'utf-8') return decoderOf(charset).decode(bytes);
  if (!isUtf8(bytes)) throw new TypeError('not UTF-8');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bytes.toString('utf8', bom ? 3 : 0);
}

const HEADER_CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;
const PROLOG_ENCODING = /^\s*<\?xml\s[^?>]*?encoding\s*=\s*["']([^"']*)["']/;

/** Where a body's charset was read from, by precedence. */
type Declaration = { readonly label: string; readonly from: string };

/**
 * The charset that applies, by RFC 7303 §3.2 (XML media types): a byte order mark
 * first, then the `Content-Type` header's `charset`, then the XML declaration's
 * `encoding`, else UTF-8. The header wins over the prolog because it is what the
 * server says about the bytes it sent (a proxy that transcodes updates the header,
 * never the prolog).
 */
function declaration(bytes: Buffer, contentType: string | undefined): Declaration {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { label: 'utf-8', from: 'byte order mark' };
  }
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
    return { label: 'utf-16', from: 'byte order mark' };
  }
  const header = HEADER_CHARSET.exec(contentType ?? '')?.[1];
  if (header) return { label: header, from: 'Content-Type header' };
  // The prolog is ASCII in every charset accepted here; latin1 reads it byte for byte.
  const prolog = PROLOG_ENCODING.exec(bytes.subarray(0, 256).toString('latin1'))?.[1];
  if (prolog) return { label: prolog, from: 'XML declaration' };
  return { label: 'utf-8', from: 'default' };
}

/** A body's text, or why it has none. */
export type BodyText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** The text of a body, decoded by the charset its bytes, header or prolog declare. */
export function bodyText(bytes: Buffer, contentType: string | undefined): BodyText {
  const { label, from } = declaration(bytes, contentType);
  const named = JSON.stringify(label.slice(0, 40));
  const charset = CHARSETS[label.toLowerCase()];
  if (charset === undefined) {
    return {
      ok: false,
      reason: `charset ${named} (${from}) is not one the client decodes (${DECODED_CHARSETS.join(', ')})`,
    };
  }
  try {
    return { ok: true, text: decode(bytes, charset) };
  } catch {
    const declared = from === 'default' ? 'none declared, so UTF-8' : `${from}: ${named}`;
    return { ok: false, reason: `the body is not valid ${charset} text (${declared})` };
  }
}
