import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';

import { CLIENT_DEFAULTS, resolveConfig } from './config.js';
import { BoomstreamValidationError } from './errors.js';

const saved = {
  key: process.env['BOOMSTREAM_API_KEY'],
  url: process.env['BOOMSTREAM_BASE_URL'],
};
afterEach(() => {
  if (saved.key === undefined) delete process.env['BOOMSTREAM_API_KEY'];
  else process.env['BOOMSTREAM_API_KEY'] = saved.key;
  if (saved.url === undefined) delete process.env['BOOMSTREAM_BASE_URL'];
  else process.env['BOOMSTREAM_BASE_URL'] = saved.url;
});

describe('resolveConfig', () => {
  it('fills every default from the one constant', () => {
    delete process.env['BOOMSTREAM_BASE_URL'];
    expect(resolveConfig({ apiKey: 'k' })).toEqual({
      apiKey: 'k',
      baseUrl: 'https://boomstream.com/api',
      timeoutMs: 30_000,
      pageTimeoutMs: 45_000,
      maxRetries: 2,
      auth: 'query',
      dispatcher: undefined,
      logger: undefined,
      concurrency: 4,
      maxBodyBytes: 32 * 1024 * 1024,
      headers: {},
    });
    expect(CLIENT_DEFAULTS.baseUrl).toBe('https://boomstream.com/api');
  });

  it('keeps 0 as a real value (merged with ??, not ||)', () => {
    expect(resolveConfig({ apiKey: 'k', maxRetries: 0 }).maxRetries).toBe(0);
  });

  it('reads the key and the prefix from the environment; options win; empty means unset', () => {
    process.env['BOOMSTREAM_API_KEY'] = 'env-key';
    process.env['BOOMSTREAM_BASE_URL'] = 'http://127.0.0.1:9/api/';
    expect(resolveConfig({})).toMatchObject({
      apiKey: 'env-key',
      baseUrl: 'http://127.0.0.1:9/api',
    });
    expect(resolveConfig({ apiKey: 'mine', baseUrl: 'https://x.test/api' })).toMatchObject({
      apiKey: 'mine',
      baseUrl: 'https://x.test/api',
    });
    process.env['BOOMSTREAM_BASE_URL'] = '';
    expect(resolveConfig({}).baseUrl).toBe(CLIENT_DEFAULTS.baseUrl);
  });

  it('accepts any undici Dispatcher and a console-like logger', () => {
    const dispatcher = new Agent();
    expect(resolveConfig({ apiKey: 'k', dispatcher, logger: console })).toMatchObject({
      dispatcher,
      logger: console,
    });
    return dispatcher.close();
  });

  it('refuses bad options at once, naming each and its rule, never echoing a value', () => {
    delete process.env['BOOMSTREAM_API_KEY'];
    const error = (() => {
      try {
        resolveConfig({
          baseUrl: 'ftp://secret-host/',
          timeoutMs: 0,
          maxRetries: -1,
          auth: 'cookie' as 'query',
          concurrency: 2.5,
          dispatcher: {} as never,
          ...({ retries: 3 } as object),
        });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(BoomstreamValidationError);
    expect((error as BoomstreamValidationError).issues).toEqual([
      { param: 'apiKey', message: 'is required: pass `apiKey` or set BOOMSTREAM_API_KEY' },
      {
        param: 'baseUrl',
        message: 'must be an http or https URL, e.g. https://boomstream.com/api',
      },
      { param: 'timeoutMs', message: 'must be more than 0 milliseconds' },
      { param: 'maxRetries', message: 'must be 0 or more' },
      { param: 'auth', message: 'must be one of: query, header' },
      { param: 'concurrency', message: 'must be a whole number' },
      {
        param: 'dispatcher',
        message: 'must be an undici Dispatcher (Agent, ProxyAgent, MockAgent, …)',
      },
      { param: 'retries', message: 'is not an option' },
    ]);
    expect((error as Error).message).not.toContain('secret-host');
    expect((error as BoomstreamValidationError).method).toBe('BoomstreamClient');
  });

  it('refuses a key with spaces or an empty one without showing it', () => {
    expect(() => resolveConfig({ apiKey: 'my key' })).toThrow(
      'apiKey: must be a non-empty key without spaces',
    );
    expect(() => resolveConfig({ apiKey: '' })).toThrow(/apiKey/);
    // Such a key cannot travel in an Authorization header: it used to fail only at the request, as a retried connection error.
    for (const apiKey of ['ключ123', 'a\u0000b']) {
      expect(() => resolveConfig({ apiKey, auth: 'header' })).toThrow(
        "apiKey: must be visible ASCII characters to travel in a header (auth: 'header')",
      );
      expect(resolveConfig({ apiKey }).apiKey).toBe(apiKey);
    }
  });

  it('refuses a prefix with credentials, a query or a fragment, which would not reach the server as meant', () => {
    for (const baseUrl of [
      'https://user:s3cret-pass@boomstream.com/api',
      'https://s3cret-pass@boomstream.com/api',
      'https://boomstream.com/api?apikey=s3cret-pass',
      'https://boomstream.com/api#s3cret-pass',
    ]) {
      const error = (() => {
        try {
          resolveConfig({ apiKey: 'k', baseUrl });
        } catch (caught) {
          return caught as BoomstreamValidationError;
        }
        return undefined;
      })();
      expect(error?.issues).toEqual([
        {
          param: 'baseUrl',
          message:
            'must not carry a user name, password, query or fragment: pass the key as `apiKey`, a proxy as `dispatcher`',
        },
      ]);
      expect(error?.message).not.toContain('s3cret');
    }
  });
});
