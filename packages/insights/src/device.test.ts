import { describe, expect, it } from 'vitest';

import { UA } from '../test/sessions.js';
import { deviceFamily } from './device.js';

describe('deviceFamily', () => {
  it('names browser, system and device class, without versions', () => {
    expect(deviceFamily(UA.windowsChrome)).toBe('Chrome on Windows (desktop)');
    expect(deviceFamily(UA.macSafari)).toBe('Safari on macOS (desktop)');
    expect(deviceFamily(UA.iphoneSafari)).toBe('Safari on iOS (mobile)');
    expect(deviceFamily(UA.androidChrome)).toBe('Chrome on Android (mobile)');
    expect(deviceFamily(UA.linuxFirefox)).toBe('Firefox on Linux (desktop)');
  });

  it('sees an updated browser as the same family', () => {
    expect(deviceFamily(UA.windowsChrome.replace('Chrome/124.0.0.0', 'Chrome/126.0.6478.57'))).toBe(
      deviceFamily(UA.windowsChrome),
    );
  });

  it('gives no family for a user agent it cannot read', () => {
    expect(deviceFamily('')).toBeUndefined();
    expect(deviceFamily('   ')).toBeUndefined();
    expect(deviceFamily('curl/8.0.1')).toBeUndefined();
  });
});
