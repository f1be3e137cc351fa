import { REDACTED, redactText } from '@boomstream/spec';

import type { Anonymiser } from './anonymise.js';

/** A secret and what stands for it in a recording. */
export interface Replacement {
  readonly secret: string;
  readonly placeholder: string;
  /** What it is, for the report: `the API key`, `a customer password`. */
  readonly what: string;
}

/**
 * The forms a secret may take in a body or a query, each replaced by the placeholder:
 * as is, percent- or form-encoded, JSON- or XML-escaped.
 */
function formsOf(secret: string): string[] {
  const xml = secret
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
  const form = new URLSearchParams({ s: secret }).toString().slice(2);
  const json = JSON.stringify(secret).slice(1, -1);
  return [...new Set([secret, encodeURIComponent(secret), form, json, xml])];
}

/** Counts how often each replacement was made, by what it is. */
export class ReplacementLog {
  readonly counts = new Map<string, { count: number; by: string }>();

  add(what: string, by: string, times: number): void {
    if (times === 0) return;
    const entry = this.counts.get(what) ?? { count: 0, by };
    entry.count += times;
    this.counts.set(what, entry);
  }
}

/** `text` with every form of every secret replaced by its placeholder; longer secrets first. */
export function replaceSecrets(
  text: string,
  replacements: readonly Replacement[],
  log: ReplacementLog,
): string {
  let out = text;
  const ordered = [...replacements].sort((a, b) => b.secret.length - a.secret.length);
  for (const { secret, placeholder, what } of ordered) {
    for (const form of formsOf(secret)) {
      const parts = out.split(form);
      log.add(what, placeholder, parts.length - 1);
      out = parts.join(placeholder);
    }
  }
  // Any other spelling (forms mixed, wrapped across lines) is masked all the same.
  const masked = redactText(
    out,
    ordered.map(({ secret }) => secret),
  );
  if (masked !== out)
    log.add('a secret in another spelling', REDACTED, countOf(masked) - countOf(out));
  return masked;
}

const countOf = (text: string) => text.split(REDACTED).length - 1;

const LEAF = /<([A-Za-z_][\w.-]*)>([^<]*)<\/\1>/g;

/**
 * An answer's XML as a recording keeps it: secrets replaced, viewers' IP addresses
 * (in `<ip>` under any spelling, and any IPv4 address in other texts) anonymised, and
 * user agents kept or reduced.
 */
export function sanitiseBody(
  xml: string,
  replacements: readonly Replacement[],
  anonymiser: Anonymiser,
  log: ReplacementLog,
): string {
  return replaceSecrets(xml, replacements, log).replace(LEAF, (_, name: string, text: string) => {
    const lower = name.toLowerCase();
    const value =
      lower === 'ip'
        ? anonymiser.address(text.trim())
        : lower === 'useragent'
          ? anonymiser.userAgent(text)
          : anonymiser.addressesIn(text);
    return `<${name}>${value}</${name}>`;
  });
}

/** Each string of a JSON value rewritten by `text(name, value)`, `name` being its field's. */
function mapStrings(
  value: unknown,
  name: string,
  text: (name: string, value: string) => string,
): unknown {
  if (typeof value === 'string') return text(name, value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, name, text));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, mapStrings(inner, key, text)]),
    );
  }
  return value;
}

/**
 * A JSON answer (`format=json`) as a recording keeps it: secrets replaced in its text,
 * then, when it parses, viewers anonymised as `sanitiseBody` does by field name (`ip`,
 * `UserAgent`, in any letter case) and IP addresses in other texts; else its text with
 * every IP address anonymised.
 */
export function sanitiseJson(
  text: string,
  replacements: readonly Replacement[],
  anonymiser: Anonymiser,
  log: ReplacementLog,
): string {
  const replaced = replaceSecrets(text, replacements, log);
  let parsed: unknown;
  try {
    parsed = JSON.parse(replaced);
  } catch {
    return anonymiser.addressesIn(replaced);
  }
  const kept = mapStrings(parsed, '', (name, value) => {
    const lower = name.toLowerCase();
    return lower === 'ip'
      ? anonymiser.address(value.trim())
      : lower === 'useragent'
        ? anonymiser.userAgent(value)
        : anonymiser.addressesIn(value);
  });
  return JSON.stringify(kept);
}
