/**
 * Bundles the terminal UI: an unbundled Ink app starts several times slower.
 *
 * `node bundle.mjs` builds dist/ from the TypeScript sources of this app and of the
 * workspace packages it uses (no package needs building first); `--if-changed`
 * (npm start) first checks whether any source is newer than the bundle, and says
 * what it does. The entry holds only what `--version` and `--help` need; the CLI
 * and the UI are built apart, split in chunks that load on demand.
 */
import { Buffer } from 'node:buffer';
import { chmod, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

import { build } from 'esbuild';

const APP_DIR = fileURLToPath(new URL('.', import.meta.url));
const DIST = join(APP_DIR, 'dist');
const ENTRY = join(DIST, 'boomstream.js');
/** The files the last build read, for `--if-changed`; not published (package.json `files`). */
const INPUTS = join(DIST, 'inputs.json');

const require = createRequire(import.meta.url);

/** A TypeScript source of a workspace package, e.g. `@boomstream/spec`'s `index.ts`. */
const packageSource = (name, file) =>
  join(dirname(require.resolve(`${name}/package.json`)), 'src', file);

/** `@boomstream/<name>` from its TypeScript sources, so that no package's dist is needed. */
const workspaceSources = {
  name: 'workspace-sources',
  setup(build) {
    build.onResolve({ filter: /^@boomstream\/[^/]+$/ }, ({ path }) => ({
      path: packageSource(path, 'index.ts'),
    }));
  },
};

const TYPED_CLIENT = join(APP_DIR, 'src', 'data', 'typed-client.ts');
const MOCK_SERVER = join(APP_DIR, 'src', 'data', 'mock-server.ts');

/**
 * Workspace packages that are one of their modules for some importers: through the
 * package's entry they would load undici (CommonJS, which a bundle cannot leave out)
 * before the UI's first frame.
 *
 * - `@boomstream/client` is its error classes alone for every module but
 *   src/data/typed-client.ts, which the app imports dynamically: the UI imports the
 *   errors to tell them apart. A module importing more than errors from the client
 *   fails the build ("No matching export").
 * - `@boomstream/mocks` is its server module alone for src/data/mock-server.ts, the
 *   demo's server: the entry would load the undici mock agent too (some 100 ms).
 */
const ONE_MODULE_OF = [
  { name: '@boomstream/client', file: 'errors.ts', for: (importer) => importer !== TYPED_CLIENT },
  {
    name: '@boomstream/mocks',
    file: 'server/server.ts',
    for: (importer) => importer === MOCK_SERVER,
  },
];

const oneModuleOf = {
  name: 'one-module-of',
  setup(build) {
    build.onResolve({ filter: /^@boomstream\/[^/]+$/ }, ({ path, importer }) => {
      const rule = ONE_MODULE_OF.find(
        (candidate) => candidate.name === path && candidate.for(importer),
      );
      return rule && { path: packageSource(path, rule.file) };
    });
  },
};

const TEXT_DIR = join(APP_DIR, 'src', 'text');

/**
 * Every `string-width` (Ink and its dependencies use two versions) answers narrow text
 * itself (src/text/narrow-text.ts) and loads the real module, as a lazily evaluated
 * `require`, only for other text: the real one builds a `\p{RGI_Emoji}` regex as it
 * loads, and matching it the first time compiles every emoji sequence, together some
 * 70 ms before the first frame, whose text is narrow.
 */
const stringWidthFastPath = {
  name: 'string-width-fast-path',
  setup(build) {
    build.onResolve(
      { filter: /^string-width$/ },
      async ({ path, importer, resolveDir, kind, pluginData }) => {
        // A CommonJS `require` keeps the real module: the stand-in has only a default export.
        if (pluginData?.real || kind === 'require-call') return undefined;
        const real = await build.resolve(path, {
          importer,
          resolveDir,
          kind,
          pluginData: { real: true },
        });
        if (real.errors.length > 0) return { errors: real.errors };
        return { path: real.path, namespace: 'string-width-fast' };
      },
    );
    build.onLoad({ filter: /.*/, namespace: 'string-width-fast' }, ({ path }) => ({
      contents: [
        `import { narrowWidth } from ${JSON.stringify(join(TEXT_DIR, 'narrow-text.ts'))};`,
        'let real;',
        'export default function stringWidth(text, options) {',
        `  return narrowWidth(text, options) ?? (real ??= require(${JSON.stringify(path)}).default)(text, options);`,
        '}',
      ].join('\n'),
      resolveDir: dirname(path),
      loader: 'js',
    }));
  },
};

/**
 * Ink imports react-devtools-core only when DEV=true, but a bundle hoists that
 * import to the top: replace it with an empty module.
 */
const devtoolsStub = {
  name: 'react-devtools-core-stub',
  setup(build) {
    build.onResolve({ filter: /^react-devtools-core$/ }, () => ({
      path: 'stub',
      namespace: 'devtools-stub',
    }));
    build.onLoad({ filter: /.*/, namespace: 'devtools-stub' }, () => ({
      contents: 'export default { initialize() {}, connectToDevTools() {} };',
    }));
  },
};

/** Where yoga's loader (Emscripten's) picks how to read its inlined wasm. */
const YOGA_WASM_FETCH = 'w||"function"!=typeof fetch?';

/**
 * yoga-layout (Ink's layout) reads the wasm inlined in it with `fetch` when there is
 * one: on Node that loads Node's whole fetch implementation (undici) for a data: URL
 * before the first frame. Its own base64 decoding, the path it takes without fetch,
 * is quicker. A yoga whose loader reads differently fails the build here.
 */
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(build) {
    build.onLoad(
      { filter: /yoga-layout[\\/]dist[\\/]binaries[\\/][^\\/]+\.js$/ },
      async ({ path }) => {
        const source = await readFile(path, 'utf8');
        if (!source.includes(YOGA_WASM_FETCH)) {
          throw new Error(`${path}: no \`${YOGA_WASM_FETCH}\`; see yogaWithoutFetch in bundle.mjs`);
        }
        return { contents: source.replace(YOGA_WASM_FETCH, 'w||true?'), loader: 'js' };
      },
    );
  },
};

/**
 * `node:process` is the global `process`. Imported as an ES module (Ink and its
 * dependencies do), Node builds its facade by reading every property of `process`,
 * `allowedNodeEnvironmentFlags` among them, which builds a set of every flag of Node
 * (some 35 ms here). A dependency importing a name not exported here fails the build.
 */
const processGlobal = {
  name: 'process-global',
  setup(build) {
    build.onResolve({ filter: /^(node:)?process$/ }, () => ({
      path: 'process',
      namespace: 'process-global',
    }));
    build.onLoad({ filter: /.*/, namespace: 'process-global' }, () => ({
      contents:
        'export default process;\nexport const env = process.env;\nexport const cwd = () => process.cwd();\n',
      loader: 'js',
    }));
  },
};

/**
 * The CLI and the UI speak English, zod's default: its other locales (64 modules, a
 * quarter of the bundle) are left out, since a bundle keeps every one `z.locales` names.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, ({ path }) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: dirname(path),
      loader: 'js',
    }));
  },
};

/**
 * Modules whose one export is data computed from the spec: the bundle holds the data,
 * computed once here, so that what shows it loads neither the spec nor zod.
 */
const PRERENDERED = [
  // `--help`, answered by the entry alone.
  { file: join(APP_DIR, 'src', 'cli', 'help-text.ts'), name: 'HELP' },
  // The method list of the UI's first frame, drawn before the app loads.
  { file: join(APP_DIR, 'src', 'menu.ts'), name: 'MENU' },
];

/** The export `name` of `file`, as the module computes it from the spec. */
async function computed({ file, name }) {
  const { outputFiles } = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [workspaceSources],
    logLevel: 'warning',
  });
  const [output] = outputFiles;
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(output.contents).toString('base64')}`
  );
  return module[name];
}

/** Each module of PRERENDERED is its data in the bundle. */
async function prerendered() {
  const data = new Map(
    await Promise.all(
      PRERENDERED.map(async (module) => [
        module.file,
        `export const ${module.name} = ${JSON.stringify(await computed(module))};`,
      ]),
    ),
  );
  return {
    name: 'prerendered',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, ({ path }) =>
        data.has(path) ? { contents: data.get(path), loader: 'ts' } : undefined,
      );
    },
  };
}

/** Whether the bundle is older than a file it was built from, than this script or than the lock file. */
async function changed() {
  try {
    const built = (await stat(ENTRY)).mtimeMs;
    const inputs = JSON.parse(await readFile(INPUTS, 'utf8'));
    // npm installs dependencies with an old date: the lock file says when they changed.
    const files = [
      fileURLToPath(import.meta.url),
      join(APP_DIR, '..', '..', 'package-lock.json'),
      ...inputs.map((file) => join(APP_DIR, file)),
    ];
    const times = await Promise.all(files.map(async (file) => (await stat(file)).mtimeMs));
    return times.some((time) => time > built);
  } catch {
    // No bundle, no list of inputs, or an input gone: build.
    return true;
  }
}

/** What the UI's first frame must not wait for: the spec and zod (src/Startup.tsx). */
const NOT_BEFORE_FIRST_FRAME = /^\.\.\/\.\.\/(spec\/|node_modules\/zod\/)/;

/**
 * Fails the build when the UI's chunk, or a chunk it imports statically, holds a
 * module of NOT_BEFORE_FIRST_FRAME: a static import of the spec slipped in.
 */
function checkFirstFrame({ outputs }) {
  const chunks = new Set();
  const visit = (chunk) => {
    if (chunks.has(chunk)) return;
    chunks.add(chunk);
    for (const { path, kind } of outputs[chunk].imports) {
      if (kind === 'import-statement' && path in outputs) visit(path);
    }
  };
  visit('dist/chunks/run-ui.js');
  const early = [...chunks].flatMap((chunk) =>
    Object.keys(outputs[chunk].inputs).filter((input) => NOT_BEFORE_FIRST_FRAME.test(input)),
  );
  if (early.length > 0) {
    throw new Error(
      `the UI's first frame would load ${early.slice(0, 3).join(', ')}…: import them from src/load-app.tsx`,
    );
  }
}

/** CommonJS dependencies in an ES module bundle call `require` for Node's modules. */
const REQUIRE =
  "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);";

/**
 * main.ts's dynamic imports, the CLI and the UI: entries of the app's build, under
 * fixed names, so that the entry's own build can import them as they are.
 */
const LAZY_ENTRIES = { 'cli/run-cli.js': 'src/cli/run-cli.ts', 'run-ui.js': 'src/run-ui.tsx' };

/** In the entry's build, the CLI and the UI stay outside: `./chunks/<name>.js`, built apart. */
const lazyEntriesOutside = {
  name: 'lazy-entries-outside',
  setup(build) {
    build.onResolve({ filter: /^\.\/(cli\/run-cli|run-ui)\.js$/ }, ({ path, importer }) =>
      importer === join(APP_DIR, 'src', 'main.ts')
        ? { path: `./chunks/${basename(path)}`, external: true }
        : undefined,
    );
  },
};

/** What both builds share. */
const COMMON = {
  absWorkingDir: APP_DIR,
  outdir: 'dist',
  bundle: true,
  metafile: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  // A fifth less time to load the UI: less source to parse. Error classes name themselves.
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

async function bundle() {
  const prerender = await prerendered();
  await rm(DIST, { recursive: true, force: true });
  // The entry is one file that imports nothing of the app: `--version` and `--help` load
  // only it. (Split with the rest, it would import the chunks it shares with the CLI.)
  const entry = await build({
    ...COMMON,
    entryPoints: { boomstream: 'src/main.ts' },
    plugins: [lazyEntriesOutside, prerender],
  });
  const app = await build({
    ...COMMON,
    entryPoints: Object.fromEntries(
      Object.entries(LAZY_ENTRIES).map(([name, source]) => [
        `chunks/${basename(name, '.js')}`,
        source,
      ]),
    ),
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    // Every Intl.Segmenter, Ink's dependencies' too, is src/text/lazy-segmenter.ts's. The
    // inject makes every module import it, narrow-text.ts and strip-ansi too: a cycle that
    // holds because neither uses the other while it loads, only in calls.
    define: { ...COMMON.define, 'Intl.Segmenter': 'LazySegmenter' },
    inject: [join(TEXT_DIR, 'lazy-segmenter.ts')],
    plugins: [
      prerender,
      oneModuleOf,
      stringWidthFastPath,
      workspaceSources,
      devtoolsStub,
      yogaWithoutFetch,
      zodEnglishOnly,
      processGlobal,
    ],
    banner: { js: REQUIRE },
  });
  checkFirstFrame(app.metafile);
  // The files, not the modules of the plugins' own namespaces (`devtools-stub:stub`).
  const files = [entry, app]
    .flatMap(({ metafile }) => Object.keys(metafile.inputs))
    .filter((input) => !/^[\w-]+:/.test(input));
  await writeFile(INPUTS, `${JSON.stringify([...new Set(files)])}\n`);
  await chmod(ENTRY, 0o755);
}

if (!process.argv.includes('--if-changed')) {
  await bundle();
} else if (await changed()) {
  const started = performance.now();
  process.stderr.write('boomstream: bundling the terminal UI from the sources…\n');
  await bundle();
  process.stderr.write(
    `boomstream: bundled in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
