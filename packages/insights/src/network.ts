import ipaddr from 'ipaddr.js';

/** Where a session came from, as the result may show it. */
export interface NetworkOf {
  /** The /24 (IPv4) or /64 (IPv6) the address is in, e.g. `203.0.113.0/24`; undefined when unreadable. */
  readonly network: string | undefined;
  /** The address as shown: masked (`203.0.113.x`) unless `showIps`. */
  readonly ip: string;
}

/** What the result shows for an address that is no IP: nothing of it, unless asked. */
const UNREADABLE = 'unreadable';

/**
 * The network of an address and the address as the result shows it. A network is
 * an IPv4 /24 or an IPv6 /64: what one home, office or phone typically holds.
 * IPv4-mapped IPv6 addresses (`::ffff:192.0.2.1`) count as the IPv4 they carry.
 */
export function networkOf(address: string, showIps: boolean): NetworkOf {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(address.trim());
  } catch {
    return { network: undefined, ip: showIps ? address : UNREADABLE };
  }
  if (parsed.kind() === 'ipv4') {
    const octets = (parsed as ipaddr.IPv4).octets.slice(0, 3).join('.');
    return { network: `${octets}.0/24`, ip: showIps ? parsed.toString() : `${octets}.x` };
  }
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  const prefix = new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString();
  const shown = parts.map((part) => part.toString(16)).join(':');
  return { network: `${prefix}/64`, ip: showIps ? parsed.toString() : `${shown}:x:x:x:x` };
}
