import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  dependencies?: Record<string, string>;
};

/** The packages the published files import at run time (type-only imports vanish in the build). */
function runtimeImports(): Set<string> {
  const src = new URL('src/', root);
  const names = new Set<string>();
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || /\.test(-d)?\.ts$/.test(file)) continue;
    const text = readFileSync(join(src.pathname, file), 'utf8');
    for (const [, specifier = ''] of text.matchAll(
      /^import (?!type )[^;]*? from '([^.][^']*)'/gms,
    )) {
      const name = specifier.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : specifier.split('/')[0];
      if (name && !name.startsWith('node:') && !builtinModules.includes(name)) names.add(name);
    }
  }
  return names;
}

describe('the published package', () => {
  it('declares every package its built files import, so that it installs on its own', () => {
    const imported = [...runtimeImports()].sort();
    expect(imported).toContain('zod');
    expect(imported.filter((name) => !(name in (manifest.dependencies ?? {})))).toEqual([]);
  });
});
