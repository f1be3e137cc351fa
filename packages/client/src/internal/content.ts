import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, inflateRaw, type ZlibOptions } from 'node:zlib';

/**
 * The `Content-Encoding`s the client decodes, in the order it offers them in
 * `Accept-Encoding`. Node's zlib does all three without a dependency; `zstd` is
 * not offered (Node 20 has no decoder for it).
 */
export const ACCEPTED_ENCODINGS = ['gzip', 'deflate', 'br'] as const;

type Decoder = (body: Buffer, options: ZlibOptions) => Promise<Buffer>;

const gunzipAsync: Decoder = promisify(gunzip);
const inflateAsync: Decoder = promisify(inflate);
const inflateRawAsync: Decoder = promisify(inflateRaw);
const brotliAsync: Decoder = promisify(brotliDecompress);

/** `deflate` is zlib-wrapped by the standard, raw in some servers: read both, as browsers do. */
const inflateEither: Decoder = (body, options) =>
  inflateAsync(body, options).catch(() => inflateRawAsync(body, options));

const DECODERS: Readonly<Record<string, Decoder>> = {
  gzip: gunzipAsync,
  'x-gzip': gunzipAsync,
  deflate: inflateEither,
  br: brotliAsync,
};

/** What a body came to: its bytes, or why they cannot be read. */
export type Content =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly tooLarge: boolean; readonly reason: string };

/**
 * Undoes the `Content-Encoding`s of a body, last applied first, never inflating
 * past `maxBytes` (a small compressed body can expand to gigabytes).
 */
export async function decompress(
  body: Buffer,
  contentEncoding: string | undefined,
  maxBytes: number,
): Promise<Content> {
  if (contentEncoding === undefined) return { ok: true, bytes: body };
  const codings = contentEncoding
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding.toLowerCase() !== 'identity');
  let bytes = body;
  for (const coding of codings.reverse()) {
    const decoder = DECODERS[coding.toLowerCase()];
    if (decoder === undefined) {
      return {
        ok: false,
        tooLarge: false,
        reason: `Content-Encoding ${JSON.stringify(coding.slice(0, 40))} is not one the client decodes (${ACCEPTED_ENCODINGS.join(', ')})`,
      };
    }
    try {
      bytes = await decoder(bytes, { maxOutputLength: maxBytes });
    } catch (error) {
      const { code, message } = error as { code?: unknown; message?: unknown };
      if (code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, tooLarge: true, reason: '' };
      return {
        ok: false,
        tooLarge: false,
        reason: `the body is not valid ${coding} (${String(message)})`,
      };
    }
  }
  return { ok: true, bytes };
}
