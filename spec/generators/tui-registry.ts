import { methods, type MethodSpec, type ParamUse } from '../src/index.js';
import { formatTypeScript } from './format.js';
import { tsHeader, type GeneratorOutput } from './output.js';

const DIR = 'apps/tui/src/generated';
const PATH = `${DIR}/registry.ts`;

function enumOptions(use: ParamUse): readonly string[] {
  const { schema } = use.param;
  return 'options' in schema && Array.isArray(schema.options) ? schema.options.map(String) : [];
}

function field(name: string, use: ParamUse): Record<string, unknown> {
  return {
    name,
    label: use.param.label,
    description: use.param.description,
    kind: use.param.kind,
    required: use.required,
    secret: use.param.secret !== undefined,
    publicValues: use.param.secret?.publicValues ?? [],
    options: enumOptions(use),
    ...(use.serverDefault && { serverDefault: use.serverDefault.text }),
    ...(use.serverDefault &&
      'value' in use.serverDefault && { defaultValue: use.serverDefault.value }),
  };
}

/** The terminal UI's registry: the methods and, for each, the form fields generated from the spec. */
export async function tuiRegistry(): Promise<GeneratorOutput> {
  const entries = Object.entries<MethodSpec>(methods).map(
    ([name, method]) => `  {
    name: ${JSON.stringify(name)},
    title: ${JSON.stringify(method.title)},
    path: ${JSON.stringify(method.path)},
    spec: methods.${name},
    fields: ${JSON.stringify(Object.entries(method.params).map(([param, use]) => field(param, use)))},
  },`,
  );
  const source = `${tsHeader('tui-registry.ts')}
import { methods } from '@boomstream/spec';

import type { MethodEntry } from '../registry-types.js';

/** Every method the UI offers, in the spec's order, with its form fields. */
export const methodRegistry = [
${entries.join('\n')}
] as const satisfies readonly MethodEntry[];
`;
  return {
    files: [{ path: PATH, content: await formatTypeScript(source, PATH) }],
    ownedDirs: [DIR],
  };
}
