import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import * as client from '@boomstream/client';
import * as spec from '@boomstream/spec';
import { describe, expect, it } from 'vitest';

import * as mocks from './index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```(?:ts|js)\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

/** A package's declarations as users get them: types are in its `.d.ts` files only. */
function declarationsOf(entry: string): string {
  const js = fileURLToPath(import.meta.resolve(entry));
  return readFileSync(js.replace(/\.js$/, '.d.ts'), 'utf8');
}

/** Each package a README block may import from: its values, and the text that declares its types. */
const PACKAGES: Readonly<Record<string, { values: object; types: string }>> = {
  '@boomstream/mocks': {
    values: mocks,
    types: readFileSync(new URL('./index.ts', import.meta.url), 'utf8'),
  },
  '@boomstream/client': { values: client, types: declarationsOf('@boomstream/client') },
  '@boomstream/spec': { values: spec, types: declarationsOf('@boomstream/spec') },
};

interface Imported {
  readonly name: string;
  readonly from: string;
  readonly type: boolean;
}

function importsOf(code: string): Imported[] {
  return [...code.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*'([^']+)'/g)].flatMap(
    ([, allTypes, names = '', from = '']) =>
      names
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map((part) => ({
          name: part.replace(/^type\s+/, '').split(/\s+as\s+/)[0] ?? '',
          from,
          type: allTypes !== undefined || part.startsWith('type '),
        })),
  );
}

/** The code without its comments: a comment may name what it does not call. */
const withoutComments = (code: string) =>
  code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/** Exported functions and classes of every package, with where they come from. */
const callable = Object.entries(PACKAGES).flatMap(([from, { values }]) =>
  Object.entries(values)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => ({ name, from })),
);

const calls = (text: string, name: string) =>
  new RegExp(`(?<![.\\w$])(?:new\\s+)?${name}\\s*\\(`).test(text);

describe('the README', () => {
  it('has code blocks to check', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it.each(blocks.map((code, index) => [index + 1, code] as const))(
    'block %i imports names its packages export',
    (_, code) => {
      const unknown = importsOf(code).filter(({ name, from, type }) => {
        const target = PACKAGES[from];
        if (target === undefined) return false;
        return type ? !new RegExp(`\\b${name}\\b`).test(target.types) : !(name in target.values);
      });
      expect(unknown).toEqual([]);
    },
  );

  it.each(blocks.map((code, index) => [index + 1, code] as const))(
    'block %i imports every function of the packages it calls',
    (_, code) => {
      const imported = new Set(importsOf(code).map(({ name }) => name));
      const declared = new Set(
        [...code.matchAll(/(?:const|let|function|class)\s+(\w+)/g)].map((match) => match[1]),
      );
      const text = withoutComments(code);
      const missing = callable.filter(
        ({ name }) => calls(text, name) && !imported.has(name) && !declared.has(name),
      );
      expect(missing).toEqual([]);
    },
  );

  it('calls, in its text, only functions this package exports or says where they come from', () => {
    const spans = [...readme.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map(
      (match) => match[1] ?? '',
    );
    // Names of more than one word: a bare `use()` or `reset()` in the text is a mock's method.
    const elsewhere = callable.filter(
      ({ name, from }) =>
        /[A-Z]/.test(name) &&
        from !== '@boomstream/mocks' &&
        !(name in mocks) &&
        spans.some((span) => calls(span, name)),
    );
    expect(elsewhere).toEqual([]);
  });
});
