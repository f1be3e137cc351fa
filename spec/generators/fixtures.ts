import { methods } from '../src/index.js';
import { folderReadme } from './folder-readme.js';
import type { GeneratedFile, GeneratorOutput } from './output.js';

const DIR = 'packages/mocks/fixtures';

/** A request as the fixtures index keys it: the path under the API prefix and the query, without the API key. */
function requestOf(exampleUrl: string): { path: string; query: Record<string, string> } {
  const url = new URL(exampleUrl);
  const query = Object.fromEntries([...url.searchParams].filter(([name]) => name !== 'apikey'));
  return { path: url.pathname.replace(/^\/api/, ''), query };
}

/**
 * The mock fixtures: first the reference's three example answers, byte for byte,
 * then `index.json`, which maps each request to its file.
 */
export function fixtures(): GeneratorOutput {
  const examples: GeneratedFile[] = Object.entries(methods).map(([name, method]) => ({
    path: `${DIR}/reference/${name}.xml`,
    content: method.example.response,
  }));
  const index = {
    fixtures: Object.entries(methods).map(([name, method]) => ({
      method: name,
      source: 'reference',
      request: requestOf(method.example.request),
      file: `reference/${name}.xml`,
    })),
  };
  return {
    files: [
      folderReadme(
        DIR,
        'XML answers of the Boomstream statistics API for a canonical set of requests, and `index.json`, which maps each request (path and query, without the API key) to its file. `reference/` holds the three example answers of the API reference, byte for byte.',
        'fixtures.ts',
      ),
      ...examples,
      { path: `${DIR}/index.json`, content: `${JSON.stringify(index, null, 2)}\n` },
    ],
    ownedDirs: [DIR],
  };
}
