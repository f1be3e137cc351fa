import { formatTypeScript, tsHeader, type GeneratorOutput } from '@boomstream/codegen';

import { methods, type MethodSpec, type Paging } from '@boomstream/spec';

import { describeParamUse } from './param-docs.js';

const DIR = 'packages/client/src/generated';
const PATH = `${DIR}/methods.ts`;

/** How `.iterate()`, `.pages()` and `.all()` know the last page. */
function pagingDoc(paging: Paging): string {
  return paging.kind === 'pageCount'
    ? `Up to ${paging.pageSize} items a page; the first page's \`pageCount\` tells how many pages.`
    : `Up to ${paging.pageSize} items a page; a page with fewer is the last.`;
}

/** The client's typed method bindings: one member per method of the spec, with its docs. */
export async function clientBindings(): Promise<GeneratorOutput> {
  const members = Object.entries<MethodSpec>(methods).map(([name, method]) => {
    const docs = Object.entries(method.params).map(
      ([param, use]) => ` * - ${describeParamUse(param, use)}`,
    );
    return `  /**
 * ${method.title}: \`GET ${method.path}\`. ${pagingDoc(method.paging)}
 *
${docs.join('\n')}
 */
  readonly ${name}: BoundMethod<typeof methods.${name}>;`;
  });
  const bindings = Object.keys(methods).map(
    (name) => `    ${name}: bindMethod(runtime, methods.${name}),`,
  );
  const source = `${tsHeader('packages/client/generators/client-bindings.ts')}
import { methods } from '@boomstream/spec';

import { bindMethod, type BoundMethod, type MethodRuntime } from '../internal/bind.js';

/** The API's statistics methods, one per declaration in \`@boomstream/spec\`. */
export interface StatsMethods {
${members.join('\n\n')}
}

/** Binds every method of the spec to the client's runtime. */
export function createStatsMethods(runtime: MethodRuntime): StatsMethods {
  return {
${bindings.join('\n')}
  };
}
`;
  return {
    files: [{ path: PATH, content: await formatTypeScript(source, PATH) }],
    ownedDirs: [DIR],
  };
}
