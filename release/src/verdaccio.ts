import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { cleanEnv } from './child-env.js';
import { ROOT } from './workspace.js';

/** A Verdaccio registry on 127.0.0.1, its storage and configuration in a folder of ours. */
export interface LocalRegistry {
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  /** Where it keeps published tarballs: `<storage>/@scope/name/name-1.2.3.tgz`. */
  readonly storage: string;
  /** What it printed, for a failing test's message. */
  readonly log: () => string;
  stop(): Promise<void>;
}

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Anyone may read and publish `@boomstream/*`; nothing is proxied to another registry
 * (a package not published here is a 404, so what installs from it is what we published).
 */
function config(folder: string): string {
  return `storage: ${JSON.stringify(join(folder, 'storage'))}
auth:
  htpasswd:
    file: ${JSON.stringify(join(folder, 'htpasswd'))}
    max_users: -1
uplinks: {}
packages:
  '@boomstream/*':
    access: $all
    publish: $all
    unpublish: $all
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  // Verdaccio 6 may take its time on SIGTERM; it keeps nothing worth a clean stop.
  const timeout = sleep(2_000).then(() => child.kill('SIGKILL'));
  await Promise.race([exited, timeout]);
}

/** Starts Verdaccio (the workspace's devDependency) in `folder`, resolving once it answers. */
export async function startRegistry(folder: string): Promise<LocalRegistry> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const configFile = join(folder, 'config.yaml');
  writeFileSync(configFile, config(folder));
  let output = '';
  const child = spawn(
    join(ROOT, 'node_modules', '.bin', 'verdaccio'),
    ['--config', configFile, '--listen', `127.0.0.1:${port}`],
    { cwd: folder, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Should the test's process end without stopping it, the registry ends with it.
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  child.once('exit', () => process.removeListener('exit', orphaned));
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const registry: LocalRegistry = {
    url,
    storage: join(folder, 'storage'),
    log: () => output,
    stop: () => stopProcess(child),
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    await sleep(250);
    const ready = await fetch(`${url}-/ping`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return registry;
  }
  await registry.stop();
  throw new Error(`Verdaccio did not start on ${url}:\n${output}`);
}
