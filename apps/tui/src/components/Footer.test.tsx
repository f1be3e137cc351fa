import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';

import { FAILED_KEYS, KEYMAP } from '../state/keymap.js';
import { footerText } from './Footer.js';
import { statusText } from './StatusLine.js';

describe('footerText', () => {
  it.each([60, 70, 80, 100, 120])('fits %i columns and always keeps ? help and q quit', (width) => {
    for (const keys of Object.values(KEYMAP)) {
      const text = footerText(keys, width);
      expect(stringWidth(text)).toBeLessThanOrEqual(width);
      expect(text).toMatch(/\? help · q quit$/);
    }
  });

  it('drops the least needed keys first: at 80 columns the results keep esc, r and paging', () => {
    const text = footerText(KEYMAP.results, 80);
    expect(text).toContain('esc back');
    expect(text).toContain('r reload');
    expect(text).toContain('n/p page');
    expect(text).not.toContain('move');
    expect(footerText(KEYMAP.results, 200)).toContain('↑/↓ j/k move');
  });

  it('lists no table keys while an error is shown', () => {
    expect(footerText(FAILED_KEYS, 80)).toBe('r retry · esc back · ? help · q quit');
  });
});

describe('statusText', () => {
  const status = {
    mode: 'demo' as const,
    baseUrl: 'http://127.0.0.1:43210/api',
    latencyMs: 1234.4,
  };

  it('says it all when there is room, and shortens the words, never the URL first, at 80 columns', () => {
    expect(statusText(status, 120)).toBe(
      'demo data from the built-in mock server · http://127.0.0.1:43210/api · last request 1234 ms',
    );
    const narrow = statusText(status, 80);
    expect(stringWidth(narrow)).toBeLessThanOrEqual(80 - 7);
    expect(narrow).toBe('demo data · http://127.0.0.1:43210/api · last request 1234 ms');
    expect(stringWidth(statusText(status, 60))).toBeLessThanOrEqual(60 - 7);
  });
});
