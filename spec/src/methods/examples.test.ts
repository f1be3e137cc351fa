import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import type { MethodSpec } from '../method.js';
import { methods } from './index.js';

/** The API reference, beside the repository (`../shared/api/`). */
const reference = readFileSync(
  fileURLToPath(new URL('../../../../shared/api/stats-methods.txt', import.meta.url)),
  'utf8',
);

/** The text of a method's section in the reference, from its name line to the next method's. */
function section(name: string): string {
  const start = reference.indexOf(`\n${name}\n`);
  const next = Object.keys(methods)
    .map((other) => reference.indexOf(`\n${other}\n`, start + 1))
    .filter((index) => index > start)
    .sort((a, b) => a - b)[0];
  // Keep the newline that ends the section's last line.
  return reference.slice(start, next === undefined ? undefined : next + 1);
}

describe.each(Object.entries<MethodSpec>(methods))('the %s declaration', (name, method) => {
  const text = section(name);

  it('holds the reference example response byte for byte', () => {
    const begin = text.indexOf('<Response>');
    const end = text.indexOf('</Response>') + '</Response>\n'.length;
    expect(method.example.response).toBe(text.slice(begin, end));
  });

  it('holds the reference example request', () => {
    expect(text).toContain(`\n${method.example.request}\n`);
  });

  it('has the reference title and the description of every parameter', () => {
    expect(text).toContain(`\n${method.title}\n`);
    for (const [param, use] of Object.entries(method.params)) {
      expect(text, param).toContain(
        `${param} (${use.param.description.split('. Options')[0] ?? ''})`,
      );
    }
    const defaults = Object.values(method.params).flatMap((use) =>
      use.serverDefault ? [use.serverDefault.text] : [],
    );
    for (const defaultText of defaults) expect(text).toContain(`Default: ${defaultText}`);
  });
});
