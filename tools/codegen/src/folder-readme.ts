import { GENERATE_COMMAND, type GeneratedFile } from './output.js';

/** The README that tells readers of a generated data folder where its files come from; `generator` is its path from the repository root. */
export function folderReadme(dir: string, what: string, generator: string): GeneratedFile {
  return {
    path: `${dir}/README.md`,
    content: `# Generated files

${what}

Everything in this folder is written by \`${GENERATE_COMMAND}\` (\`${generator}\`)
from the spec in \`spec/\`. Do not edit it by hand: change the spec or the generator and
run \`${GENERATE_COMMAND}\` again. CI runs \`${GENERATE_COMMAND} -- --check\`, which fails on
any difference.
`,
  };
}
