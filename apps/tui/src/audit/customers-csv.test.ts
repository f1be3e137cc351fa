import { describe, expect, it } from 'vitest';

import { CustomersError } from './customers-error.js';
import { parseCustomers } from './customers-csv.js';

const SECRET = 'p@ss, "word"';

describe('parseCustomers', () => {
  it('reads code,hash[,label] lines, LF or CRLF, blank lines and a BOM ignored', () => {
    const text =
      '\uFEFFAbCd1234,first-pass\r\n\r\n  EfGh5678 , second-pass , Boris \n,,\nAbCd1234,third\n';
    expect(parseCustomers(text, 'stdin')).toEqual([
      { line: 1, code: 'AbCd1234', hash: 'first-pass', label: undefined },
      { line: 3, code: 'EfGh5678', hash: 'second-pass', label: 'Boris' },
      { line: 5, code: 'AbCd1234', hash: 'third', label: undefined },
    ]);
  });

  it('reads a header naming the columns in any order, and quoted fields as written', () => {
    const text = `Hash,Label,Code\n"${SECRET.replaceAll('"', '""')}","Anna\nand Ivan",AbCd1234\n"  spaced  ",,EfGh5678`;
    expect(parseCustomers(text, 'stdin')).toEqual([
      { line: 2, code: 'AbCd1234', hash: SECRET, label: 'Anna\nand Ivan' },
      { line: 4, code: 'EfGh5678', hash: '  spaced  ', label: undefined },
    ]);
  });

  it.each([
    [
      `AbCd1234,ok\nAbCd12,"${SECRET.replaceAll('"', '""')}"`,
      'stdin, line 2: the code must be 8 letters or digits',
    ],
    [`code,hash\nAbCd1234`, 'stdin, line 2: 1 field where code,hash was expected'],
    [
      `AbCd1234,x,y,z`,
      'stdin, line 1: 4 fields where code,hash[,label] was expected (quote a field',
    ],
    [`AbCd1234,"   "`, 'stdin, line 1: the password must not be empty or only spaces'],
    [`AbCd1234,ok\n\nAbCd1234,"never closed`, 'stdin, line 3: a quoted field is not closed'],
    [`AbCd1234,"pass"word`, 'stdin, line 1: text after a closing quote'],
    [`password1,AbCd1234`, 'a header row names its columns: code,hash[,label]'],
  ])('refuses %j naming its line, never its values', (text, message) => {
    let caught: unknown;
    try {
      parseCustomers(text, 'stdin');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CustomersError);
    const said = (caught as Error).message;
    expect(said).toContain(message);
    expect(said).toContain('not shown');
    for (const value of [SECRET, 'password1', 'pass"word', 'AbCd12,', 'never closed'])
      expect(said).not.toContain(value);
  });
});
