import { isIPv6 } from 'node:net';

/**
 * Viewers' personal data, anonymised before a recording is written: IP addresses
 * become documentation addresses (RFC 5737, RFC 3849), the same address always the
 * same one; user agents are kept, or reduced to the browser and the system.
 */

const IPV4_NETWORKS = ['192.0.2', '198.51.100', '203.0.113'] as const;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
// A full stop after the address may end a sentence: only `.` and a digit continue it.
const IPV4 = new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?!\\d|\\.\\d)`, 'g');
/** Text that may be an IPv6 address (hex groups and colons, an IPv4 tail): `isIPv6` decides. */
const IPV6_CANDIDATE = /(?<![\w.])[\dA-Fa-f]{0,4}(?::[\dA-Fa-f.]{0,15}){2,}(?![\w:])/g;

export type UserAgentMode = 'keep' | 'reduce';

/** The browser and the system a user agent names, e.g. `Chrome/84 (Linux)`. */
export function reduceUserAgent(userAgent: string): string {
  const browsers: readonly [RegExp, string][] = [
    [/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
    [/OPR\/(\d+)/, 'Opera'],
    [/YaBrowser\/(\d+)/, 'Yandex'],
    [/(?:Firefox|FxiOS)\/(\d+)/, 'Firefox'],
    [/(?:Chrome|CriOS)\/(\d+)/, 'Chrome'],
    [/Version\/(\d+)[^]*Safari/, 'Safari'],
  ];
  const systems: readonly [RegExp, string][] = [
    [/Windows/, 'Windows'],
    [/Android/, 'Android'],
    [/iPhone|iPad|iOS/, 'iOS'],
    [/Mac OS X|Macintosh/, 'macOS'],
    [/Linux|X11/, 'Linux'],
  ];
  const browser = browsers.find(([pattern]) => pattern.test(userAgent));
  const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1] ?? 'unknown system';
  const version = browser?.[0].exec(userAgent)?.[1];
  return browser ? `${browser[1]}/${version ?? ''} (${system})` : `unknown (${system})`;
}

/** Replaces addresses consistently across a whole recording, and counts what it did. */
export class Anonymiser {
  readonly #addresses = new Map<string, string>();
  readonly userAgents: UserAgentMode;
  #keep = false;
  replacedAddresses = 0;
  reducedUserAgents = 0;

  constructor(userAgents: UserAgentMode) {
    this.userAgents = userAgents;
  }

  /** Distinct addresses replaced so far. */
  get distinctAddresses(): number {
    return this.#addresses.size;
  }

  /** `--keep-ips`: addresses stay as they are. */
  keepAddresses(): void {
    this.#keep = true;
  }

  /** The documentation address standing for `address`. */
  address(address: string): string {
    if (this.#keep || address === '') return address;
    const known = this.#addresses.get(address);
    if (known !== undefined) {
      this.replacedAddresses += 1;
      return known;
    }
    const n = this.#addresses.size;
    const replacement = address.includes(':')
      ? `2001:db8::${(n + 1).toString(16)}`
      : `${IPV4_NETWORKS[Math.floor(n / 254) % IPV4_NETWORKS.length] ?? ''}.${(n % 254) + 1}`;
    this.#addresses.set(address, replacement);
    this.replacedAddresses += 1;
    return replacement;
  }

  /** Any IPv6 or IPv4 address inside a text, replaced (IPv6 first: it may end in an IPv4). */
  addressesIn(text: string): string {
    return text
      .replace(IPV6_CANDIDATE, (found) => {
        // A full stop after an address ends the sentence, not the address.
        const address = found.replace(/\.+$/, '');
        return isIPv6(address) ? `${this.address(address)}${found.slice(address.length)}` : found;
      })
      .replace(IPV4, (found) => this.address(found));
  }

  userAgent(userAgent: string): string {
    if (this.userAgents === 'keep') return userAgent;
    this.reducedUserAgents += 1;
    return reduceUserAgent(userAgent);
  }
}
