import { describe, expect, it } from 'vitest';

import { redactQuery, redactText, redactUrl, SECRET_PARAMS } from './secrets.js';

describe('redaction', () => {
  it('knows every secret parameter of the spec', () => {
    expect([...SECRET_PARAMS].sort()).toEqual(['apikey', 'hash', 'project']);
  });

  it('masks the API key, a project key and a hash, and keeps the rest', () => {
    expect(
      redactUrl(
        'https://boomstream.com/api/ppv/sessions?apikey=K3y&code=AbCd1234&hash=p%40ss&order=desc',
      ),
    ).toBe('https://boomstream.com/api/ppv/sessions?apikey=***&code=AbCd1234&hash=***&order=desc');
    expect(redactUrl('https://boomstream.com/api/stats?project=0therKey&start=2020-01-01')).toBe(
      'https://boomstream.com/api/stats?project=***&start=2020-01-01',
    );
  });

  it('keeps project=all, which is not a secret', () => {
    expect(redactQuery(new URLSearchParams('project=all&apikey=k')).toString()).toBe(
      'project=all&apikey=***',
    );
  });

  it('masks secret values inside free text, plain or URL-encoded', () => {
    expect(redactText('bad key "a b/c" in ?apikey=a%20b%2Fc or apikey=a+b%2Fc', ['a b/c'])).toBe(
      'bad key "***" in ?apikey=*** or apikey=***',
    );
    expect(redactText('nothing to hide', ['', 'absent'])).toBe('nothing to hide');
  });

  it('masks credentials in the URL itself (user name and password)', () => {
    expect(redactUrl('https://user:K3y@boomstream.com/api/stats?apikey=K3y')).toBe(
      'https://***:***@boomstream.com/api/stats?apikey=***',
    );
    expect(redactUrl('https://K3y@boomstream.com/api')).toBe('https://***@boomstream.com/api');
  });

  it('masks a longer secret whole when a shorter one is part of it', () => {
    expect(redactText('key abc, hash abcdef', ['abc', 'abcdef'])).toBe('key ***, hash ***');
  });

  it('masks a secret as XML or HTML escapes it', () => {
    expect(redactText('<Message>No such hash p&amp;ss&lt;1&gt;</Message>', ['p&ss<1>'])).toBe(
      '<Message>No such hash ***</Message>',
    );
  });
});
