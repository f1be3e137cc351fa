/**
 * How soon the UI answers a key in a real terminal (a tmux pane), for `npm run bench`
 * (tools/bench): from Enter on a command line until ↓ has moved the selection of the
 * method list, against a node script that makes the same round trip through tmux.
 *
 * Each run starts in a pane whose shell waits for Enter; the pane's output goes through
 * `tmux pipe-pane` to a FIFO read here. The clock starts when the echo of Enter arrives
 * and stops when the output shows a method other than the first one selected. ↓ is
 * sent as soon as possible: with Enter, again whenever the program draws something (it
 * may be ready now), and every RESEND_MS while nothing moved. Keys that come before the
 * app listens are lost (a line says it loads): the next ↓ counts.
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
const COLUMNS = 120;
const ROWS = 40;
const RESEND_MS = 100;
const TIMEOUT_MS = 30_000;

/** Control sequences (colours, cursor moves), left out to read the text. */
const ESCAPES = new RegExp(String.raw`\u001B\[[0-?]*[ -/]*[@-~]`, 'g');
/** The text of a frame whose selection has left the first method. */
const MOVED = /❯ (?:target|session|watch)/;
/** The end of the method list's frame: its footer. */
const FRAME_END = 'q quit';

/** What one run showed, from the echo of Enter until the selection moved, and how long it took. */
interface RoundTrip {
  readonly ms: number;
  readonly text: string;
}

/** One tmux server of its own, so that the bench never touches a user's sessions. */
class Terminal {
  readonly #socket = `boomstream-bench-${String(process.pid)}`;
  #sessions = 0;

  #tmux(...args: string[]): Promise<unknown> {
    return run('tmux', ['-L', this.#socket, '-f', '/dev/null', ...args]);
  }

  /** Starts the server, kept running while no pane is open (each run's pane closes with it). */
  async start(): Promise<void> {
    await this.#tmux('start-server', ';', 'set-option', '-s', 'exit-empty', 'off');
  }

  /** Runs `command` in a new pane, and ↓ until the selection moves. */
  async roundTrip(command: string, fifo: string): Promise<RoundTrip> {
    const session = `run${String(this.#sessions++)}`;
    const size = ['-x', String(COLUMNS), '-y', String(ROWS)];
    await this.#tmux('new-session', '-d', '-s', session, ...size, `read _; exec ${command}`);
    let done = false;
    let sending = false;
    let again = false;
    const down = (): void => {
      if (done) return;
      if (sending) {
        again = true;
        return;
      }
      sending = true;
      void this.#tmux('send-keys', '-t', session, 'Down')
        .catch(() => undefined)
        .finally(() => {
          sending = false;
          if (again) {
            again = false;
            down();
          }
        });
    };
    const resend = setInterval(down, RESEND_MS);
    try {
      const output = createReadStream(fifo, { encoding: 'utf8' });
      const opened = new Promise((resolve) => output.once('open', resolve));
      await this.#tmux('pipe-pane', '-t', session, `cat > ${fifo}`);
      await opened;
      const moved = new Promise<RoundTrip>((resolve, reject) => {
        let started: number | undefined;
        let text = '';
        const timer = setTimeout(() => {
          reject(new Error(`no key took effect within ${String(TIMEOUT_MS)} ms: ${text}`));
        }, TIMEOUT_MS);
        output.on('data', (chunk: string | Buffer) => {
          const now = performance.now();
          started ??= now;
          text += String(chunk);
          if (!MOVED.test(text.replace(ESCAPES, ''))) {
            // The program drew something (the terminal's echo of a key has no escape).
            if (String(chunk).includes('\u001B')) down();
            return;
          }
          done = true;
          clearTimeout(timer);
          output.destroy();
          resolve({ ms: now - started, text });
        });
      });
      await this.#tmux('send-keys', '-t', session, 'Enter');
      down();
      return await moved;
    } finally {
      done = true;
      clearInterval(resend);
      // The baseline's pane has closed already, with its script.
      await this.#tmux('kill-session', '-t', session).catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.#tmux('kill-server').catch(() => undefined);
  }
}

/**
 * A node script that answers as the UI did in `shown`, with none of its work: in raw
 * mode at once, it writes the UI's method list, and at the first ↓ the UI's next frame.
 */
function baselineScript(shown: string): string {
  // The frames as the program wrote them: the terminal turned each line feed into CR LF.
  const output = shown.slice(shown.indexOf('\u001B')).replaceAll('\r\n', '\n');
  const split = output.indexOf(FRAME_END) + FRAME_END.length;
  return `process.stdin.setRawMode(true);
process.stdout.write(${JSON.stringify(output.slice(0, split))});
process.stdin.on('data', (keys) => {
  if (!String(keys).includes('\\u001B[B')) return;
  process.stdout.write(${JSON.stringify(output.slice(split))}, () => process.exit(0));
});
`;
}

/**
 * The UI on demo data and its baseline (baselineScript, from a first run of the UI),
 * one run each, in milliseconds; undefined when the bin is not built.
 */
export async function interactiveCase() {
  if (!existsSync(BUNDLE)) return undefined;
  const dir = await mkdtemp(join(tmpdir(), 'boomstream-bench-'));
  const fifo = join(dir, 'pane');
  await run('mkfifo', [fifo]);
  // A user's terminal: no CI (Ink would draw only at exit), no key (demo data), an empty watch list.
  const env = `env -u CI -u BOOMSTREAM_API_KEY -u NO_COLOR -u FORCE_COLOR XDG_CONFIG_HOME=${dir}`;
  const terminal = new Terminal();
  await terminal.start();
  const ui = `${env} ${process.execPath} ${BIN}`;
  const { text } = await terminal.roundTrip(ui, fifo);
  const script = join(dir, 'baseline.mjs');
  await writeFile(script, baselineScript(text));
  const bare = `${env} ${process.execPath} ${script}`;
  return {
    ui: async () => (await terminal.roundTrip(ui, fifo)).ms,
    bare: async () => (await terminal.roundTrip(bare, fifo)).ms,
    close: async () => {
      await terminal.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
