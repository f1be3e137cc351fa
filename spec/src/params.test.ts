import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { methods } from './methods/index.js';
import { paramFromText, params } from './params.js';
import { validateParams } from './validate.js';

const page = params.page;

describe('paramFromText', () => {
  it('reads the decimal text of any integer as that integer, spaces around it too', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom('', ' ', '  '), (n, pad) => {
        expect(paramFromText(page, `${pad}${String(n)}${pad}`)).toBe(n);
      }),
    );
  });

  it('reads a decimal fraction as a number, so that the schema names the rule it breaks', () => {
    expect(paramFromText(page, '1.5')).toBe(1.5);
    expect(validateParams(methods.project, { page: paramFromText(page, '1.5') })).toMatchObject({
      ok: false,
      issues: [{ param: 'page', message: 'must be a whole number' }],
    });
    expect(validateParams(methods.project, { page: paramFromText(page, '-1') })).toMatchObject({
      ok: false,
      issues: [{ param: 'page', message: 'must be 1 or more' }],
    });
  });

  it.each(['two', '', '1e3', '0x10', '1,5', '--1'])(
    'keeps %j as text for an integer parameter, which its schema then rejects',
    (text) => {
      expect(paramFromText(page, text)).toBe(text);
      expect(validateParams(methods.project, { page: paramFromText(page, text) }).ok).toBe(false);
    },
  );

  it('keeps any text of a parameter that is not an integer exactly as it is', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(params.code, params.start, params.group, params.hash),
        fc.string(),
        (param, text) => {
          expect(paramFromText(param, text)).toBe(text);
        },
      ),
    );
  });
});
