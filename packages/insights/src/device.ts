import { parse } from 'bowser';

/**
 * A device family: browser, operating system and device class, such as
 * `Chrome on Windows (desktop)`. Versions are left out, so an update is not a new
 * device. An unreadable user agent gives undefined: it is counted as no family.
 */
export function deviceFamily(userAgent: string): string | undefined {
  if (userAgent.trim() === '') return undefined;
  const { browser, os, platform } = parse(userAgent);
  // Bowser names what it does not know with an empty string or not at all.
  const [name, system, kind] = [browser.name, os.name, platform.type].map(
    (part) => part || undefined,
  );
  if (name === undefined && system === undefined) return undefined;
  return `${name ?? 'unknown browser'} on ${system ?? 'unknown system'} (${kind ?? 'unknown device'})`;
}
