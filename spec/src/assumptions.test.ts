import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { assumptions, isAssumptionId } from './assumptions.js';

const apiDoc = readFileSync(fileURLToPath(new URL('../../docs/api.md', import.meta.url)), 'utf8');
const assumptionsSection = apiDoc.slice(
  apiDoc.indexOf('## Assumptions'),
  apiDoc.indexOf("## The reference's three methods"),
);

describe('the assumptions catalogue', () => {
  it('has unique ids in kebab case', () => {
    const ids = assumptions.map(({ id }) => id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('is what the Assumptions section of docs/api.md names, id by id', () => {
    const named = [...assumptionsSection.matchAll(/\(`([a-z-]+)`\)/g)].map((match) => match[1]);
    expect(new Set(named)).toEqual(new Set(assumptions.map(({ id }) => id)));
  });

  it('is in the order docs/api.md names them: verify reports "in its order"', () => {
    const named = [...assumptionsSection.matchAll(/\(`([a-z-]+)`\)/g)].map((match) => match[1]);
    const firsts = named.filter((id, index) => named.indexOf(id) === index);
    expect(firsts).toEqual(assumptions.map(({ id }) => id));
  });

  it('tells its ids from other text', () => {
    expect(isAssumptionId('moscow-time')).toBe(true);
    expect(isAssumptionId('wire-schemas')).toBe(false);
  });
});
