/**
 * @boomstream/codegen — private to the workspace, never published. The plumbing
 * that every package's generators share: each package owns the generators that
 * write into it (`packages/<name>/generators/`) and runs them
 * through `runGenerators`, so no package imports another's generator.
 */
export { folderReadme } from './folder-readme.js';
export { formatTypeScript } from './format.js';
export {
  applyDrift,
  findDrift,
  GENERATE_COMMAND,
  ROOT,
  tsHeader,
  type Drift,
  type GeneratedFile,
  type GeneratorOutput,
} from './output.js';
export { runGenerators } from './run.js';
