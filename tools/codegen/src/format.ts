import { format, resolveConfig } from 'prettier';

import { ROOT } from './output.js';

/** Formats emitted TypeScript with the repository's Prettier settings, so lint passes on it as is. */
export async function formatTypeScript(source: string, path: string): Promise<string> {
  const config = await resolveConfig(`${ROOT}/${path}`);
  return format(source, { ...config, parser: 'typescript' });
}
