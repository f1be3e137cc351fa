import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import type { MethodSpec } from '../method.js';
import { methods } from './index.js';

/**
 * The repository's account of the API, written from the reference independently of the
 * spec: its method sections quote the reference's parameters and examples.
 */
const apiDoc = readFileSync(
  fileURLToPath(new URL('../../../docs/api.md', import.meta.url)),
  'utf8',
);

/** One parameter row of a method's table in `docs/api.md`. */
interface DocParam {
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
  readonly options: string;
  readonly default: string;
}

interface DocMethod {
  readonly title: string;
  readonly params: readonly DocParam[];
  readonly request: string;
  readonly response: string;
}

/** The section `### \`name\`: Title`, up to the next heading of the same level or the end. */
function section(name: string): string {
  const start = apiDoc.indexOf(`\n### \`${name}\`: `);
  if (start < 0) throw new Error(`docs/api.md has no section for ${name}`);
  const end = apiDoc.indexOf('\n### ', start + 1);
  return apiDoc.slice(start + 1, end < 0 ? undefined : end + 1);
}

/** The contents of the fenced block of `language` after `label`, with its last newline. */
function fenced(text: string, label: string, language: string): string {
  const match = new RegExp(`${label}\\n\\n\`\`\`${language}\\n([\\s\\S]*?)\`\`\`\\n`).exec(text);
  if (!match?.[1]) throw new Error(`no ${language} block after "${label}"`);
  return match[1];
}

function docMethod(name: string): DocMethod {
  const text = section(name);
  const params = text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [param = '', , required, description = '', options = '', defaultText = ''] = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      return {
        name: param.replaceAll('`', ''),
        required: required === 'yes',
        description,
        options,
        default: defaultText,
      };
    });
  return {
    title: text.slice(text.indexOf(': ') + 2, text.indexOf('\n')),
    params,
    request: fenced(text, 'Example request:', 'text').trimEnd(),
    response: fenced(text, 'Example response:', 'xml'),
  };
}

/** The reference writes a parameter as its description, then `. Options: …` when it has some. */
function referenceDescription({ description, options }: DocParam): string {
  return options ? `${description}. Options: ${options}` : description;
}

describe.each(Object.entries<MethodSpec>(methods))('the %s declaration', (name, method) => {
  const doc = docMethod(name);

  it('holds the example response of docs/api.md byte for byte', () => {
    expect(method.example.response).toBe(doc.response);
  });

  it('holds the example request of docs/api.md', () => {
    expect(method.example.request).toBe(doc.request);
  });

  it('has the title of docs/api.md', () => {
    expect(method.title).toBe(doc.title);
  });

  it('declares the parameters of docs/api.md (apikey aside), with their descriptions, whether required, and defaults', () => {
    const documented = doc.params.filter((param) => param.name !== 'apikey');
    expect(Object.keys(method.params).sort()).toEqual(documented.map((p) => p.name).sort());
    for (const param of documented) {
      const use = method.params[param.name]!;
      expect(use.param.description, param.name).toBe(referenceDescription(param));
      expect(use.required, param.name).toBe(param.required);
      expect(use.serverDefault?.text ?? '', param.name).toBe(param.default);
    }
  });
});

describe('docs/api.md, as the test reads it', () => {
  it('has a table row for apikey, required, in every method section', () => {
    for (const name of Object.keys(methods)) {
      expect(docMethod(name).params.find((p) => p.name === 'apikey')?.required, name).toBe(true);
    }
  });
});
