import type { SessionInput } from '../src/types.js';

/** User agents of the device families the tests use. */
export const UA = {
  windowsChrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
} as const;

/** A session at a Moscow date and time (`2024-06-28 19:00`), Russia and Windows Chrome unless told. */
export function session(
  moscow: string,
  ip: string,
  more: Partial<Omit<SessionInput, 'createdAt' | 'ip'>> = {},
): SessionInput {
  return {
    ip,
    country: more.country ?? 'Russia',
    userAgent: more.userAgent ?? UA.windowsChrome,
    createdAt: `${moscow.replace(' ', 'T')}:00+03:00`,
    leftActivations: more.leftActivations ?? 10,
  };
}
