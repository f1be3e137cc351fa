import type { MethodSpec } from './method.js';
import { methods } from './methods/index.js';
import { apiKeyParam, isSecretValue, type Param } from './params.js';

/** What replaces a secret value wherever it would show. */
export const REDACTED = '***';

/** The query parameter that carries the API key. */
export const API_KEY_PARAM = 'apikey';

/** Every query parameter that may carry a secret, across all methods. */
const secretParams: ReadonlyMap<string, Pick<Param, 'secret'>> = new Map([
  [API_KEY_PARAM, apiKeyParam],
  ...Object.values<MethodSpec>(methods).flatMap((method) =>
    Object.entries(method.params)
      .filter(([, use]) => use.param.secret !== undefined)
      .map(([name, use]) => [name, use.param] as const),
  ),
]);

/** The names of the query parameters that may carry a secret (`apikey`, `project`, `hash`). */
export const SECRET_PARAMS: readonly string[] = [...secretParams.keys()];

/** A copy of `query` with every secret value replaced by `***` (`project=all` stays). */
export function redactQuery(query: URLSearchParams): URLSearchParams {
  const redacted = new URLSearchParams();
  for (const [name, value] of query) {
    const declaration = secretParams.get(name);
    redacted.append(name, declaration && isSecretValue(declaration, value) ? REDACTED : value);
  }
  return redacted;
}

/** `url` with every secret query value and any user name or password replaced by `***`; safe to log or show. */
export function redactUrl(url: string | URL): string {
  const parsed = new URL(url);
  parsed.search = redactQuery(parsed.searchParams).toString();
  if (parsed.username) parsed.username = REDACTED;
  if (parsed.password) parsed.password = REDACTED;
  return parsed.toString();
}

const XML_NAMED: Readonly<Record<string, string>> = {
  '&': 'amp',
  '<': 'lt',
  '>': 'gt',
  '"': 'quot',
  "'": 'apos',
};

/**
 * The fewest characters a secret needs to be masked in free text. A shorter one
 * (a password `o`) cannot be told from ordinary text: masking it would garble every
 * word holding it, and leaving it would show it. Free text holding one is withheld
 * whole instead (`WITHHELD`); exact fields, such as a query's `hash`, are masked
 * whatever their length (`redactQuery`, `redactUrl`).
 */
export const MIN_MASKABLE_LENGTH = 4;

/** What stands for free text that holds a secret too short to mask (see `MIN_MASKABLE_LENGTH`). */
export const WITHHELD = '[withheld: the text may hold a secret too short to mask]';

/** Whether `redactText` can mask `secret` in free text: at least `MIN_MASKABLE_LENGTH` characters besides surrounding blanks. */
export function isMaskable(secret: string): boolean {
  return Array.from(secret.trim()).length >= MIN_MASKABLE_LENGTH;
}

/** A pattern of one character of an escape: hex digits come in either case. */
function atom(char: string): string {
  return /[a-f]/i.test(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : escapeRegExp(char);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** `%D0%81` → the pattern of those characters, any hex case, any whitespace between two of them. */
function spelled(text: string): string {
  return Array.from(text).map(atom).join('\\s*');
}

const hex = (n: number, width = 0) => n.toString(16).padStart(width, '0');

/**
 * The spellings of one character by each one-step encoding an echo may use, as
 * plain text (hex in lower case; patterns accept either): percent-encoded UTF-8
 * bytes; `+` for a space (forms); XML/HTML references, named, decimal and hex; JSON
 * escapes (`\uXXXX` per UTF-16 unit, and `\"`, `\\`, `\/`).
 */
function spellingsOf(char: string): string[] {
  const code = char.codePointAt(0) ?? 0;
  const bytes = [...new TextEncoder().encode(char)];
  const units = Array.from({ length: char.length }, (_, i) => char.charCodeAt(i));
  const spellings = [
    bytes.map((byte) => `%${hex(byte, 2)}`).join(''),
    `&#${code};`,
    `&#x${hex(code)};`,
    units.map((unit) => `\\u${hex(unit, 4)}`).join(''),
  ];
  const named = XML_NAMED[char];
  if (named !== undefined) spellings.push(`&${named};`);
  if (char === ' ') spellings.push('+');
  if (char === '/' || char === '"' || char === '\\') spellings.push(`\\${char}`);
  return spellings;
}

/**
 * Every one-step spelling of one character as a pattern: any hex case, leading
 * zeros in references, and any whitespace between two characters of an escape (a
 * server that wraps its echo at a column cuts wherever the column falls).
 */
function escapesOf(char: string): string[] {
  const code = char.codePointAt(0) ?? 0;
  const forms = spellingsOf(char).map((spelling) => {
    if (spelling.startsWith('&#x')) return `&\\s*#\\s*[xX]\\s*(?:0\\s*)*${spelled(hex(code))}\\s*;`;
    if (spelling.startsWith('&#')) return `&\\s*#\\s*(?:0\\s*)*${spelled(String(code))}\\s*;`;
    return spelling === '+' ? '\\+' : spelled(spelling);
  });
  return forms;
}

// No encoder escapes letters, digits and `-._` (unreserved everywhere): they stay themselves.
const UNRESERVED = /^[A-Za-z0-9._-]$/;

/** One character, as is or by one encoding: last as is, so that `&` alone cannot win over `&amp;`, nor `\` over `\/`. */
const oneStep = new Map<string, string>();
function oneStepPattern(char: string): string {
  if (UNRESERVED.test(char)) return atom(char);
  let pattern = oneStep.get(char);
  if (pattern === undefined) {
    pattern = `(?:${[...escapesOf(char), escapeRegExp(char)].join('|')})`;
    oneStep.set(char, pattern);
  }
  return pattern;
}

/**
 * One character of a secret in every spelling an echo may use: as is, by one
 * encoding, or by one encoding whose output a second encoding escaped again (JSON
 * inside XML: `"` → `\"` → `\&quot;`; XML inside a query: `&amp;` → `%26amp%3B`).
 * Two-step spellings are the one-step ones with each of their characters spelled
 * by one step; whitespace inside them is not looked for.
 */
function characterPattern(char: string): string {
  if (UNRESERVED.test(char)) return escapeRegExp(char);
  const twoSteps = spellingsOf(char).map((spelling) =>
    Array.from(spelling, (c) => (/[a-f]/i.test(c) ? atom(c) : oneStepPattern(c))).join(''),
  );
  return `(?:${[...twoSteps, ...escapesOf(char), escapeRegExp(char)].join('|')})`;
}

/**
 * A pattern of every character-wise form of `secret` an echo may hold: each
 * character in any of its spellings (forms may mix), with any run of whitespace
 * between two characters, as when an echo is wrapped across lines or indented. A
 * run of whitespace in the secret is one segment that any mix of whitespace and its
 * escapes fills: written as `\s*` around a space instead, a long run of blanks costs
 * quadratic time. Whitespace around the secret is not part of what identifies it.
 */
function characterWisePattern(secret: string): string {
  const segments = secret.trim().match(/\s+|\S/gu) ?? [];
  let pattern = '';
  let previousIsCharacter = false;
  for (const segment of segments) {
    if (/^\s/.test(segment)) {
      // Escapes only besides `\s`: a blank matched two ways would make the repetition exponential.
      const escapes = [...new Set(segment)].flatMap((char) => [
        ...escapesOf(char),
        ...twoStepEscapes(char),
      ]);
      pattern += `(?:\\s|${escapes.join('|')})+`;
      previousIsCharacter = false;
    } else {
      pattern += (previousIsCharacter ? '\\s*' : '') + characterPattern(segment);
      previousIsCharacter = true;
    }
  }
  return pattern;
}

/** The two-step spellings of a blank (`+` → `%2B`, ` ` → `%20` → `%2520`), none of them matching `\s`. */
function twoStepEscapes(char: string): string[] {
  return spellingsOf(char).map((spelling) =>
    Array.from(spelling, (c) => (/[a-f]/i.test(c) ? atom(c) : oneStepPattern(c))).join(''),
  );
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Base64 of bytes with the platform's `btoa`, so that the spec runs where `Buffer` does not. */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The base64 characters that `bytes` alone decide when `offset` bytes (0, 1 or 2)
 * precede them in the encoded stream: what any base64 of a text holding them at
 * that alignment contains, whatever surrounds them. The characters at either edge
 * mix in neighbouring bits and are left out.
 */
function base64Core(bytes: Uint8Array, offset: number): string {
  const shifted = new Uint8Array(offset + bytes.length);
  shifted.set(bytes, offset);
  const encoded = base64(shifted);
  return encoded.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6));
}

/** Base64 texts of `bytes`: alone (without its padding) and at each alignment inside a longer text. */
function base64Texts(bytes: Uint8Array): string[] {
  const alone = base64(bytes).replace(/=+$/, '');
  return [alone, ...[0, 1, 2].map((offset) => base64Core(bytes, offset))];
}

/**
 * The base64 forms of a secret: of the secret and of each of its one-step
 * encodings (percent, form, JSON, XML; an echo that base64-encodes an escaped
 * request), of the secret's base64 itself (base64 twice), each in the standard and
 * the URL alphabet; longest first, so that the whole wins over a core inside it.
 */
function base64Forms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const php = (upper: boolean) =>
    json.replace(/\//g, '\\/').replace(/[^\x20-\x7e]/g, (c) => {
      const code = hex(c.charCodeAt(0), 4);
      return `\\u${upper ? code.toUpperCase() : code}`;
    });
  // References for the five XML specials only, or for every character but letters, digits, `_.~-` and the space.
  const references = (spell: (code: number) => string, all: boolean) =>
    Array.from(secret, (c) =>
      (all ? !/[\w.~ -]/.test(c) : XML_NAMED[c] !== undefined) ? spell(c.codePointAt(0) ?? 0) : c,
    ).join('');
  const percent = encodeURIComponent(secret);
  const form = new URLSearchParams({ s: secret }).toString().slice(2);
  const lower = (text: string) => text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
  const inner = [
    secret,
    percent,
    lower(percent),
    form,
    lower(form),
    json,
    php(false),
    php(true),
    Array.from(secret, (c) => (XML_NAMED[c] === undefined ? c : `&${XML_NAMED[c]};`)).join(''),
    ...[false, true].flatMap((all) => [
      references((code) => `&#${code};`, all),
      references((code) => `&#x${hex(code)};`, all),
      references((code) => `&#x${hex(code).toUpperCase()};`, all),
    ]),
  ];
  const once = [...new Set(inner)].flatMap((form) => base64Texts(utf8(form)));
  const twice = base64Texts(utf8(secret))
    .flatMap((text) => [text, text.replace(/\+/g, '-').replace(/\//g, '_')])
    .flatMap((text) => base64Texts(utf8(text)));
  const texts = [...once, ...twice].flatMap((text) => [
    text,
    text.replace(/\+/g, '-').replace(/\//g, '_'),
  ]);
  return [...new Set(texts)]
    .filter((text) => text.length >= MIN_MASKABLE_LENGTH)
    .sort((a, b) => b.length - a.length);
}

/**
 * Where an echo's base64 is looked for: the text with line breaks and the
 * indentation around them left out (MIME and PEM wrap base64 at a column), and the
 * one-step spellings of `+ / =` read back (base64 put in a query, JSON or XML); with,
 * for each of its characters, where it starts and ends in the text. Spaces within a
 * line stay: ordinary text has them between every two words, and base64 never.
 */
const VIEW_TOKEN =
  /[^\S\n]*\n\s*|%2[bBfF]|%3[dD]|\\\/|&#0*(?:43|47|61);|&#[xX]0*(?:2[bBfF]|3[dD]);|\\u00(?:2[bBfF]|3[dD])/g;

/** A text's `base64View`: the view, and where each of its characters lies in the text. */
interface Base64View {
  readonly view: string;
  /** Where view character `index` starts in the text, and where it ends. */
  readonly span: (index: number) => readonly [number, number];
}

/**
 * Runs of the view, each from `view` on, mapped from `text` on: one character for
 * `length` characters of text (an escape read back), or (`length` 0) a stretch
 * copied as it is. Kept per run, not per character: the text may be megabytes.
 */
function base64View(text: string): Base64View {
  const views: number[] = [];
  const texts: number[] = [];
  const lengths: number[] = [];
  const parts: string[] = [];
  let size = 0;
  let at = 0;
  const copy = (to: number) => {
    if (to <= at) return;
    views.push(size);
    texts.push(at);
    lengths.push(0);
    parts.push(text.slice(at, to));
    size += to - at;
  };
  for (const token of text.matchAll(VIEW_TOKEN)) {
    copy(token.index);
    at = token.index + token[0].length;
    if (/^\s/.test(token[0])) continue;
    views.push(size);
    texts.push(token.index);
    lengths.push(token[0].length);
    parts.push(readBack(token[0]));
    size += 1;
  }
  copy(text.length);
  return {
    view: parts.join(''),
    span: (index) => {
      // The last run starting at or before `index`.
      let low = 0;
      let high = views.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((views[middle] ?? 0) <= index) low = middle;
        else high = middle - 1;
      }
      const length = lengths[low] ?? 0;
      const start = (texts[low] ?? 0) + (length > 0 ? 0 : index - (views[low] ?? 0));
      return [start, start + Math.max(length, 1)];
    },
  };
}

/** The base64 character an escape stands for: `+`, `/` or `=`. */
function readBack(spelling: string): string {
  const lower = spelling.toLowerCase();
  if (/2b|43/.test(lower)) return '+';
  if (/2f|47|\//.test(lower)) return '/';
  return '=';
}

/** The base64 texts of each secret, in both alphabets, with the index of the secret each stands for. */
function base64Matcher(secrets: readonly string[]): {
  regex: RegExp;
  owners: Map<string, number>;
} {
  const owners = new Map<string, number>();
  secrets.forEach((secret, index) => {
    for (const text of base64Forms(secret.trim())) {
      for (const padded of [`${text}==`, `${text}=`, text]) {
        if (!owners.has(padded)) owners.set(padded, index);
      }
    }
  });
  // Longest first: a whole base64 text wins over a core inside it.
  const literals = [...owners.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { regex: new RegExp(literals.join('|'), 'g'), owners };
}

/** Compiled patterns of recent secret sets: compiling one costs far more than using it. */
const compiled = new Map<string, Matchers>();
const COMPILED_KEPT = 16;

interface Matchers {
  /** Every character-wise form of each secret, each secret in its own group, in the order given. */
  readonly characterWise: RegExp;
  /** Every base64 form of each secret, looked for in the text's `base64View`. */
  readonly base64: { readonly regex: RegExp; readonly owners: Map<string, number> };
}

function matchersOf(secrets: readonly string[]): Matchers {
  const key = JSON.stringify(secrets);
  let matchers = compiled.get(key);
  if (matchers === undefined) {
    matchers = {
      characterWise: new RegExp(
        secrets.map((secret) => `(${characterWisePattern(secret)})`).join('|'),
        'g',
      ),
      base64: base64Matcher(secrets),
    };
    if (compiled.size >= COMPILED_KEPT) compiled.delete(compiled.keys().next().value ?? '');
    compiled.set(key, matchers);
  }
  return matchers;
}

/** Each base64 form of a secret found in `text` replaced by `replace(index of the secret)`. */
function replaceBase64(
  text: string,
  { regex, owners }: Matchers['base64'],
  replace: (owner: number) => string,
): string {
  const { view, span } = base64View(text);
  let out = '';
  let at = 0;
  for (const match of view.matchAll(regex)) {
    const [from] = span(match.index);
    const [, to] = span(match.index + match[0].length - 1);
    out += text.slice(at, from) + replace(owners.get(match[0]) ?? 0);
    at = to;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** A secret and what replaces it (`***` unless said otherwise). */
export interface SecretReplacement {
  readonly secret: string;
  readonly replacement?: string | undefined;
}

/** What `replaceSecrets` did: the text, and how many occurrences of each secret it replaced (in the order given). */
export interface ReplacedSecrets {
  readonly text: string;
  readonly counts: readonly number[];
  /** True when the text held a secret too short to mask and was replaced whole by `WITHHELD`. */
  readonly withheld: boolean;
}

/**
 * The one masking of secrets in free text, for every caller (the client's error
 * excerpts, `record`'s fixtures): `text` with every occurrence of each secret
 * replaced whole by its replacement. A secret is found as is and in every form an
 * echo may use: percent- and form-encoded, JSON-escaped, XML-escaped (named,
 * decimal and hex), any two of those one after the other (JSON inside XML,
 * XML inside a query, …), forms mixed character by character, wrapped across lines;
 * and base64 or base64url, of the secret or of one of its escaped forms, alone or
 * inside a longer encoded text, then perhaps escaped again. Longer secrets first,
 * so that a secret containing another is masked whole.
 *
 * A secret shorter than `MIN_MASKABLE_LENGTH` cannot be masked in free text: when
 * one shows in `text` (in any character-wise form), the whole text is `WITHHELD`.
 * Mask before cutting text to a length: a cut secret is no longer recognisable.
 */
export function replaceSecrets(
  text: string,
  secrets: Iterable<string | SecretReplacement>,
): ReplacedSecrets {
  const given = [...secrets].map((entry) =>
    typeof entry === 'string' ? { secret: entry, replacement: REDACTED } : entry,
  );
  const counts = given.map(() => 0);
  const usable = given
    .map((entry, index) => ({ ...entry, index }))
    .filter(({ secret }) => secret.trim().length > 0);
  const short = [
    ...new Set(usable.filter(({ secret }) => !isMaskable(secret)).map(({ secret }) => secret)),
  ];
  if (short.length > 0) {
    const find = matchersOf(short).characterWise;
    find.lastIndex = 0;
    if (find.test(text)) return { text: WITHHELD, counts, withheld: true };
  }
  const maskable = usable
    .filter(({ secret }) => isMaskable(secret))
    .sort((a, b) => b.secret.length - a.secret.length);
  const distinct = [...new Map(maskable.map((entry) => [entry.secret, entry])).values()];
  if (distinct.length === 0) return { text, counts, withheld: false };
  const matchers = matchersOf(distinct.map(({ secret }) => secret));
  const replace = (owner: number) => {
    const entry = distinct[owner];
    if (entry === undefined) return REDACTED;
    counts[entry.index] = (counts[entry.index] ?? 0) + 1;
    return entry.replacement ?? REDACTED;
  };
  // Base64 first: a character-wise mask inside a base64 text would cut it where its forms no longer show.
  const masked = replaceBase64(text, matchers.base64, replace).replace(
    matchers.characterWise,
    (...args: unknown[]) =>
      replace(args.slice(1, distinct.length + 1).findIndex((value) => value !== undefined)),
  );
  return { text: masked, counts, withheld: false };
}

/**
 * `text` with every occurrence of the given secret values replaced by `***`, for
 * free text that may echo a request (a server's error page, an exception message):
 * `replaceSecrets`' text. A secret shorter than `MIN_MASKABLE_LENGTH` that shows in
 * it makes the whole text `WITHHELD`.
 */
export function redactText(text: string, secrets: Iterable<string>): string {
  return replaceSecrets(text, secrets).text;
}
