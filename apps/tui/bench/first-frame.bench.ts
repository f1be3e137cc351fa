/**
 * The time to the UI's first frame in a real terminal (a tmux pane), for `npm run bench`
 * (tools/bench), against a node script printing the same frame the same way.
 *
 * Each run starts in a pane whose shell waits for Enter; the pane's output goes
 * through `tmux pipe-pane` to a FIFO read here. The clock starts when the echo of
 * Enter arrives and stops when the frame's last text does: both pass the same way
 * through tmux, so its latency weighs on the UI and on the baseline alike.
 */
import { execFile } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The bin users run: the committed shim, which loads the bundle. */
const BIN = fileURLToPath(new URL('../bin/boomstream.js', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../dist/boomstream.js', import.meta.url));
/** The last text of the first frame: the footer of the method list. */
const FRAME_END = 'q quit';
const COLUMNS = 120;
const ROWS = 40;
const TIMEOUT_MS = 30_000;

/** One tmux server of its own, so that the bench never touches a user's sessions. */
class Terminal {
  readonly #socket = `boomstream-bench-${process.pid}`;
  #sessions = 0;

  #tmux(...args: string[]): Promise<unknown> {
    return run('tmux', ['-L', this.#socket, '-f', '/dev/null', ...args]);
  }

  /** Starts the server, kept running while no pane is open (each run's pane closes with it). */
  async start(): Promise<void> {
    await this.#tmux('start-server', ';', 'set-option', '-s', 'exit-empty', 'off');
  }

  /**
   * Runs `command` in a new pane; resolves with what the pane showed from the Enter
   * that started it to the end of the first frame, and the milliseconds in between.
   */
  async firstFrame(command: string, fifo: string): Promise<{ ms: number; text: string }> {
    const session = `run${String(this.#sessions++)}`;
    await this.#tmux(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      String(COLUMNS),
      '-y',
      String(ROWS),
      `read _; exec ${command}`,
    );
    try {
      const output = createReadStream(fifo, { encoding: 'utf8' });
      const opened = new Promise((resolve) => output.once('open', resolve));
      await this.#tmux('pipe-pane', '-t', session, `cat > ${fifo}`);
      await opened;
      const frame = new Promise<{ ms: number; text: string }>((resolve, reject) => {
        let started: number | undefined;
        let text = '';
        const timer = setTimeout(() => {
          reject(new Error(`no frame within ${TIMEOUT_MS} ms; the pane showed ${text}`));
        }, TIMEOUT_MS);
        output.on('data', (chunk: string | Buffer) => {
          const now = performance.now();
          started ??= now;
          text += String(chunk);
          const end = text.indexOf(FRAME_END);
          if (end === -1) return;
          clearTimeout(timer);
          output.destroy();
          resolve({ ms: now - started, text: text.slice(0, end + FRAME_END.length) });
        });
      });
      await this.#tmux('send-keys', '-t', session, 'Enter');
      return await frame;
    } finally {
      // The baseline's pane has closed already, with its script.
      await this.#tmux('kill-session', '-t', session).catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.#tmux('kill-server').catch(() => undefined);
  }
}

/**
 * The UI on demo data, and a node script that prints the UI's first frame (as
 * captured in a first run) in one write; undefined when the bin is not built.
 */
export async function firstFrameCase() {
  if (!existsSync(BUNDLE)) return undefined;
  const dir = await mkdtemp(join(tmpdir(), 'boomstream-bench-'));
  const fifo = join(dir, 'pane');
  await run('mkfifo', [fifo]);
  // A user's terminal: no CI (Ink would draw only at exit), no key (demo data), an empty watch list.
  const env = `env -u CI -u BOOMSTREAM_API_KEY -u NO_COLOR -u FORCE_COLOR XDG_CONFIG_HOME=${dir}`;
  const terminal = new Terminal();
  await terminal.start();
  const ui = `${env} ${process.execPath} ${BIN}`;
  const { text } = await terminal.firstFrame(ui, fifo);
  // The frame as the program wrote it: the terminal turned each line feed into CR LF.
  const frame = text.slice(text.indexOf('\u001B')).replaceAll('\r\n', '\n');
  const script = join(dir, 'print-frame.mjs');
  await writeFile(script, `process.stdout.write(${JSON.stringify(frame)});\n`);
  const bare = `${env} ${process.execPath} ${script}`;
  return {
    ui: async () => (await terminal.firstFrame(ui, fifo)).ms,
    bare: async () => (await terminal.firstFrame(bare, fifo)).ms,
    close: async () => {
      await terminal.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
