import { describe, expect, it } from 'vitest';

import { sessionTimeline, userAgentParts } from './timeline.js';
import type { SessionInput } from './types.js';

const WINDOWS_CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

const session = (createdAt: string, ip: string, userAgent = WINDOWS_CHROME): SessionInput => ({
  createdAt,
  ip,
  country: 'Russia',
  userAgent,
  leftActivations: 3,
});

describe('sessionTimeline', () => {
  const sessions = [
    session('2024-06-02T20:00:00+03:00', '198.51.100.7'),
    session('not a date', '2001:db8:1:2::9'),
    session('2024-06-01T09:30:00+03:00', '192.0.2.44', IPHONE_SAFARI),
  ];

  it('lists every session oldest first, the unreadable time last, each with its input index', () => {
    const timeline = sessionTimeline(sessions);
    expect(timeline.map(({ index, createdAt }) => [index, createdAt])).toEqual([
      [2, '2024-06-01T09:30:00+03:00'],
      [0, '2024-06-02T20:00:00+03:00'],
      [1, 'not a date'],
    ]);
    expect(timeline.map(({ device }) => device)).toEqual([
      'Safari on iOS (mobile)',
      'Chrome on Windows (desktop)',
      'Chrome on Windows (desktop)',
    ]);
  });

  it('masks every address unless showIps, and names its network', () => {
    expect(sessionTimeline(sessions).map(({ ip, network }) => [ip, network])).toEqual([
      ['192.0.2.x', '192.0.2.0/24'],
      ['198.51.100.x', '198.51.100.0/24'],
      ['2001:db8:1:2:x:x:x:x', '2001:db8:1:2::/64'],
    ]);
    expect(sessionTimeline(sessions, { showIps: true }).map(({ ip }) => ip)).toEqual([
      '192.0.2.44',
      '198.51.100.7',
      '2001:db8:1:2::9',
    ]);
  });
});

describe('userAgentParts', () => {
  it('reads a desktop Chrome on Windows part by part', () => {
    expect(userAgentParts(WINDOWS_CHROME)).toEqual({
      family: 'Chrome on Windows (desktop)',
      browser: 'Chrome',
      browserVersion: '124.0.0.0',
      engine: 'Blink',
      os: 'Windows',
      osVersion: 'NT 10.0 (10)',
      platform: 'desktop',
      device: undefined,
    });
  });

  it('reads an iPhone: its maker and model, a mobile platform', () => {
    expect(userAgentParts(IPHONE_SAFARI)).toMatchObject({
      family: 'Safari on iOS (mobile)',
      browser: 'Safari',
      browserVersion: '17.4',
      engine: 'WebKit 605.1.15',
      os: 'iOS',
      osVersion: '17.4',
      platform: 'mobile',
      device: 'Apple iPhone',
    });
  });

  it('says nothing of a user agent that says nothing', () => {
    expect(Object.values(userAgentParts(''))).toEqual(Array(8).fill(undefined));
    expect(Object.values(userAgentParts('   '))).toEqual(Array(8).fill(undefined));
    expect(userAgentParts('curl/8.5.0')).toMatchObject({ family: undefined, os: undefined });
  });
});
