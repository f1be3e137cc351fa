/**
 * The release as a user meets it: the packages are packed with no build, published to a
 * real registry (Verdaccio on 127.0.0.1) by the release script, and installed from it
 * into a fresh project that uses them as the READMEs say, on the Node running the test.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startProxy } from '../../../packages/client/test/proxy.js';
import { cleanEnv } from '../../src/child-env.js';
import { requiredFiles, tarballFiles, tarballName } from '../../src/pack.js';
import { startRegistry, type LocalRegistry } from '../../src/verdaccio.js';
import { publishablePackages, readManifest, ROOT } from '../../src/workspace.js';

/** What a user installs; @boomstream/spec comes along as a dependency. */
const INSTALLED = [
  '@boomstream/client',
  '@boomstream/insights',
  '@boomstream/mocks',
  '@boomstream/openapi',
  '@boomstream/tui',
];
const CONSUMER_FILES = new URL('consumer/', import.meta.url);
/**
 * The Jest of the CommonJS consumer: Jest 30, the first to read `exports` conditions
 * fully, on Node 20 (pinned: a test must not change with the registry's latest).
 */
const JEST = 'jest@30.5.2';

let folder: string;
let registry: LocalRegistry | undefined;
let consumer: string;
/** What `npm run release` printed, its build's log among it. */
let releaseLog = '';
/** The registry npm uses outside this test, for everything but @boomstream/*. */
const publicRegistry = execFileSync('npm', ['config', 'get', 'registry'], {
  encoding: 'utf8',
  env: cleanEnv(),
}).trim();

/**
 * Runs a command to its end, at most `timeoutMs`; a non-zero exit or a timeout fails
 * with what it printed. Its whole process group is killed on a timeout: npm leaves
 * grandchildren (Nx, tsc) that would hold the output open.
 */
async function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 100_000,
): Promise<string> {
  return (await runLogged(command, args, cwd, env, timeoutMs)).stdout;
}

/** As `run`, answering what the command printed on stdout and on stderr. */
async function runLogged(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 100_000,
): Promise<{ stdout: string; stderr: string }> {
  const child = spawn(command, args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => {
    process.kill(-(child.pid ?? 0), 'SIGKILL');
  }, timeoutMs);
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  if (code !== 0) {
    const why = signal ? `was killed (${signal}) after ${timeoutMs} ms` : `exited ${code}`;
    throw new Error(`${command} ${args.join(' ')} ${why}:\n${stdout}\n${stderr}`);
  }
  return { stdout, stderr };
}

/** The consumer's environment: its own user config, so nothing reads or writes ~/.npmrc. */
function consumerEnv(): NodeJS.ProcessEnv {
  return cleanEnv({ npm_config_userconfig: join(folder, 'consumer.npmrc') });
}

function version(name: string): string {
  const pkg = publishablePackages().find((candidate) => candidate.name === name);
  if (!pkg) throw new Error(`no workspace package ${name}`);
  return pkg.version;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'boomstream-registry-'));
  mkdirSync(join(folder, 'verdaccio'));
  registry = await startRegistry(join(folder, 'verdaccio'));
});

/** The registry, once started. */
function local(): LocalRegistry {
  if (!registry) throw new Error('the registry did not start');
  return registry;
}

afterAll(async () => {
  await registry?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('a release through a real registry', () => {
  it('publishes all six packages with `npm run release` from a tree with no build output', async () => {
    for (const { dir } of publishablePackages()) {
      rmSync(join(ROOT, dir, 'dist'), { recursive: true, force: true });
    }
    writeFileSync(
      join(folder, 'publish.npmrc'),
      `registry=${local().url}\n${local().url.replace(/^http:/, '')}:_authToken=anything\n`,
    );
    mkdirSync(join(folder, 'checked'));
    const env = cleanEnv({
      npm_config_userconfig: join(folder, 'publish.npmrc'),
      npm_config_registry: local().url,
      RELEASE_CHECK_PACK_DIR: join(folder, 'checked'),
      // release:check's one Nx run may take a build from the cache: what was built
      // before is what it would build again.
      NX_SKIP_NX_CACHE: '',
    });
    // release:check packs first (the tree has no dist/ then), changeset publish after, with
    // npm scripts off: it publishes what release:check built and checked.
    // --no-git-tag: a test run must not tag the repository.
    const { stdout, stderr } = await runLogged(
      'npm',
      ['run', 'release', '--', '--no-git-tag'],
      ROOT,
      env,
      900_000,
    );
    // Nx and npm colour their lines when the test runner sets FORCE_COLOR.
    releaseLog = stripVTControlCharacters(`${stdout}\n${stderr}`);
    for (const pkg of publishablePackages()) {
      const published = JSON.parse(
        await run('npm', ['view', `${pkg.name}@${pkg.version}`, 'version', '--json'], folder, env),
      ) as string;
      expect(published, pkg.name).toBe(pkg.version);
    }
  }, 960_000);

  it('built each package once: one Nx task per package, no prepack script', () => {
    const packages = publishablePackages();
    // An Nx task shows as `> nx run <project>:build` when it runs or comes from the cache,
    // and as `✔  nx run <project>:build` when a nested run (a prepack's) built it first.
    const tasks = [...releaseLog.matchAll(/nx run (@boomstream\/[a-z]+):build\b/g)].map(
      ([, project]) => project,
    );
    expect(tasks.sort()).toEqual(packages.map(({ name }) => name).sort());
    // npm prints `> <name>@<version> prepack` before it runs a package's prepack script.
    expect(releaseLog).not.toMatch(/^> @boomstream\/\S+ prepack$/m);
  });

  it('published complete tarballs, with the same files as packing with no build output', () => {
    const packages = publishablePackages();
    expect(packages.map(({ name }) => name)).toEqual([...INSTALLED, '@boomstream/spec'].sort());
    for (const pkg of packages) {
      const [scope, name] = pkg.name.split('/') as [string, string];
      const published = tarballFiles(
        join(local().storage, scope, name, `${name}-${pkg.version}.tgz`),
      );
      expect(tarballFiles(join(folder, 'checked', tarballName(pkg))), pkg.name).toEqual(published);
      for (const file of requiredFiles(pkg))
        expect(published, `${pkg.name}: ${file}`).toContain(file);
      expect(
        published.some((file) => file.startsWith('dist/')),
        pkg.name,
      ).toBe(true);
    }
  });

  it('installs the client, insights, mocks, OpenAPI document and TUI into a fresh project', async () => {
    consumer = join(folder, 'consumer');
    cpSync(CONSUMER_FILES, consumer, { recursive: true });
    writeFileSync(join(folder, 'consumer.npmrc'), `registry=${publicRegistry}\n`);
    writeFileSync(join(consumer, '.npmrc'), `@boomstream:registry=${local().url}\n`);
    writeFileSync(
      join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    const typescript = readManifest('node_modules/typescript')['version'] as string;
    const nodeTypes = readManifest('node_modules/@types/node')['version'] as string;
    // --prefer-online: npm's cache must not answer for a registry it met in an earlier run.
    await run(
      'npm',
      [
        'install',
        '--prefer-online',
        '--no-audit',
        '--no-fund',
        ...INSTALLED,
        `typescript@${typescript}`,
        `@types/node@${nodeTypes}`,
        JEST,
      ],
      consumer,
      consumerEnv(),
    );
    for (const name of INSTALLED) {
      const installed = JSON.parse(
        readFileSync(join(consumer, 'node_modules', name, 'package.json'), 'utf8'),
      ) as { version: string };
      expect(installed.version, name).toBe(version(name));
    }
  });

  it.each(['esm.mjs', 'cjs.cjs'])(
    '%s starts the mock and reads all three methods',
    async (script) => {
      const read = JSON.parse(await run(process.execPath, [script], consumer, consumerEnv())) as {
        project: { sourceType: string; items: number };
        target: { sourceType: string; groupBy: string; items: number };
        session: { items: number };
        openapi: string;
      };
      expect(read.project.sourceType).toBe('project');
      expect(read.project.items).toBeGreaterThan(0);
      expect(read.target).toMatchObject({ sourceType: 'media', groupBy: 'hour' });
      expect(read.target.items).toBeGreaterThan(0);
      expect(read.session.items).toBeGreaterThan(0);
      expect(read.openapi).toBe(version('@boomstream/openapi'));
    },
  );

  it('gives a CommonJS user the CommonJS build, whose errors are instances of the classes they require()', async () => {
    const read = JSON.parse(
      await run(process.execPath, ['errors.cjs'], consumer, consumerEnv()),
    ) as unknown;
    expect(read).toEqual({ build: 'cjs', sameClass: true, apiError: true, baseError: true });
  });

  it('passes a Jest 30 CommonJS test of every package, the dual-package hazard included', async () => {
    const jest = join(consumer, 'node_modules', '.bin', 'jest');
    // Jest reports on stderr; `run` fails on any failed test (a non-zero exit).
    const { stderr } = await runLogged(
      jest,
      ['--ci', '--rootDir', 'jest'],
      consumer,
      consumerEnv(),
    );
    expect(stripVTControlCharacters(stderr)).toMatch(/Tests:\s+3 passed, 3 total/);
  });

  it('compiles and runs a `module: commonjs` TypeScript consumer (node10 resolution, subpaths included)', async () => {
    const tsc = join(consumer, 'node_modules', '.bin', 'tsc');
    expect(await run(tsc, ['-p', 'commonjs/tsconfig.json'], consumer, consumerEnv())).toBe('');
    const read = JSON.parse(
      await run(process.execPath, ['commonjs/out/consumer.js'], consumer, consumerEnv()),
    ) as unknown;
    expect(read).toEqual({
      build: 'cjs',
      items: expect.any(Number) as unknown,
      validation: 'validation',
      apiError: true,
      customers: 0,
      openapi: expect.stringMatching(/^3\.1\./) as unknown,
      subpathValidation: true,
      subpathDecode: 'invalid',
      subpathOpenapiDecode: true,
      subpathPeriods: 1,
    });
  });

  it('resolves the subpath exports @boomstream/client/errors and @boomstream/mocks/server', async () => {
    const read = JSON.parse(
      await run(process.execPath, ['subpaths.mjs'], consumer, consumerEnv()),
    ) as unknown;
    // One class whichever entry it comes from, and the server's refusal is one of them.
    expect(read).toEqual({ sameClass: true, apiError: true, demoKey: 'string' });
  });

  it("runs the insights README's worked example as it stands, printing what it says", async () => {
    const readme = readFileSync(join(ROOT, 'packages/insights/README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## A worked example'));
    const code = /```js\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const promised = [...code.matchAll(/^\/\/ → (.*)$/gm)].map((match) => match[1]);
    expect(promised.length).toBeGreaterThan(0);
    writeFileSync(join(consumer, 'insights-readme.mjs'), code);
    const printed = await run(process.execPath, ['insights-readme.mjs'], consumer, consumerEnv());
    expect(printed.trimEnd().split('\n')).toEqual(promised);
  });

  it.each(['nodenext', 'bundler'])(
    'a .ts consumer type-checks with moduleResolution %s',
    async (mode) => {
      const tsc = join(consumer, 'node_modules', '.bin', 'tsc');
      // tsc prints every error it finds, and nothing when there is none.
      expect(await run(tsc, ['-p', `tsconfig.${mode}.json`], consumer, consumerEnv())).toBe('');
    },
  );

  it('runs `npx boomstream --help` and `npx boomstream project --mock --json`', async () => {
    const help = await run(
      'npx',
      ['--no-install', 'boomstream', '--help'],
      consumer,
      consumerEnv(),
    );
    expect(help).toContain(`boomstream ${version('@boomstream/tui')}:`);
    const page = JSON.parse(
      await run(
        'npx',
        ['--no-install', 'boomstream', 'project', '--mock', '--json'],
        consumer,
        consumerEnv(),
      ),
    ) as { sourceType: string; items: unknown[] };
    expect(page.sourceType).toBe('project');
    expect(Array.isArray(page.items)).toBe(true);
  });

  it("starts boomstream-mock, which answers Node's fetch and the README's proxy example, and stops on SIGTERM", async () => {
    const mock = spawn(join(consumer, 'node_modules', '.bin', 'boomstream-mock'), ['--port', '0'], {
      cwd: consumer,
      env: consumerEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let printed = '';
    mock.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    mock.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    // 'close' comes after the process ends and its output is read, or after a failed spawn.
    const closed = new Promise<number | null>((resolve) => {
      mock.once('error', (error) => (printed += String(error)));
      mock.once('close', resolve);
    });
    const proxy = await startProxy();
    try {
      const exitedEarly = closed.then(() => {
        throw new Error(`boomstream-mock exited before it was ready:\n${printed}`);
      });
      while (!printed.includes('Press Ctrl-C')) {
        await Promise.race([once(mock.stdout, 'data'), exitedEarly]);
      }
      const url = /Boomstream mock API at (\S+)/.exec(printed)?.[1] ?? '';
      const apiKey = /API key:\s+(\S+)/.exec(printed)?.[1] ?? '';
      const code = /Codes:\s+(\S+)/.exec(printed)?.[1] ?? '';
      const response = await fetch(`${url}/stats?apikey=${apiKey}&group=day`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<Status>Success</Status>');

      // The README's proxy example, as a user copies it (plain JavaScript as it stands).
      copyFileSync(join(ROOT, 'packages/client/examples/proxy.ts'), join(consumer, 'proxy.mjs'));
      const source = readFileSync(join(consumer, 'proxy.mjs'), 'utf8');
      writeFileSync(
        join(consumer, 'proxy.mjs'),
        source.replace("'AbCd1234'", JSON.stringify(code)),
      );
      const printedByExample = await run(
        process.execPath,
        ['proxy.mjs'],
        consumer,
        cleanEnv({
          npm_config_userconfig: join(folder, 'consumer.npmrc'),
          BOOMSTREAM_API_KEY: apiKey,
          BOOMSTREAM_BASE_URL: url,
          HTTPS_PROXY: proxy.url,
        }),
      );
      expect(printedByExample).toBe('media\n');
      expect(proxy.tunnels).toEqual([new URL(url).host]);
    } finally {
      await proxy.close();
      mock.kill('SIGTERM');
    }
    expect(await closed).toBe(0);
    expect(printed).toContain('Stopped.');
  });
});
