/**
 * The words the world is made of: project and media names, countries, browsers,
 * and the IP ranges reserved for documentation (RFC 5737), so no mock address
 * belongs to anyone.
 */

export const PROJECT_NAMES = [
  'Online School',
  'Evening Concerts',
  'Medical Webinars',
  'Chess Academy',
  'City Conference',
  'Yoga at Home',
] as const;

export const MEDIA_TITLES = [
  'Lecture 1: Introduction',
  'Lecture 2: Methods',
  'Workshop: Q&A with the authors',
  'Live: Opening night',
  'Masterclass <Advanced>',
  'Interview "Behind the scenes"',
  'Playlist: Best of the season',
  'Morning practice, 30 minutes',
  'Panel: What comes next',
  'Course finale',
] as const;

/** Viewer countries, the first ones more often (picked by a skewed index). */
export const COUNTRIES = [
  'Russia',
  'Russia',
  'Russia',
  'Kazakhstan',
  'Belarus',
  'Armenia',
  'Germany',
  'Georgia',
  'Uzbekistan',
  'Latvia',
] as const;

export const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 YaBrowser/24.4.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
] as const;

/** TEST-NET-1, -2 and -3: addresses for documentation only. */
export const DOCUMENTATION_NETWORKS = ['192.0.2', '198.51.100', '203.0.113'] as const;

export const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
