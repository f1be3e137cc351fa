import { parse } from 'bowser';

/**
 * A device family: browser, operating system and device class, such as
 * `Chrome on Windows (desktop)`. Versions are left out, so an update is not a new
 * device. An unreadable user agent gives undefined: it is counted as no family.
 */
export function deviceFamily(userAgent: string): string | undefined {
  if (userAgent.trim() === '') return undefined;
  const { browser, os, platform } = parse(userAgent);
  if (browser.name === undefined && os.name === undefined) return undefined;
  return `${browser.name ?? 'unknown browser'} on ${os.name ?? 'unknown system'} (${platform.type ?? 'unknown'})`;
}
