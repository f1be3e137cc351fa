import { describe, expect, it } from 'vitest';

import { forSignal } from '../../test/signal-context.js';
import { session, UA } from '../../test/sessions.js';
import { deviceSpread } from './device-spread.js';

const on = (day: number, userAgent: string) =>
  session(`2024-06-${String(day).padStart(2, '0')} 20:00`, '192.0.2.1', { userAgent });

describe('device spread', () => {
  it('finds 4 device families within 7 days, more than 3', () => {
    const rows = deviceSpread(
      ...forSignal([
        on(10, UA.windowsChrome),
        on(11, UA.iphoneSafari),
        on(13, UA.androidChrome),
        on(16, UA.linuxFirefox),
      ]),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ signal: 'device-spread', points: 1 });
    expect(rows[0]!.detail).toBe(
      '4 device families within 7 d (more than 3): Chrome on Windows (desktop), Safari on iOS (mobile), Chrome on Android (mobile) and Firefox on Linux (desktop)',
    );
  });

  it('lets 3 families be, and 4 spread over more than 7 days', () => {
    const three = [on(10, UA.windowsChrome), on(11, UA.iphoneSafari), on(12, UA.androidChrome)];
    expect(deviceSpread(...forSignal(three))).toEqual([]);
    expect(deviceSpread(...forSignal([...three, on(18, UA.linuxFirefox)]))).toEqual([]);
    expect(deviceSpread(...forSignal(three, { deviceFamilies: 2 }))).toHaveLength(1);
  });

  it('does not count a browser update or an unreadable user agent as a device', () => {
    const rows = deviceSpread(
      ...forSignal([
        on(10, UA.windowsChrome),
        on(11, UA.windowsChrome.replace('124.0.0.0', '126.0.0.0')),
        on(12, ''),
        on(12, 'curl/8.0.1'),
        on(13, UA.iphoneSafari),
        on(14, UA.androidChrome),
      ]),
    );
    expect(rows).toEqual([]);
  });
});
