import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A tmux server of its own (`-L`), so tests never touch the user's sessions. */
export class TmuxSession {
  readonly #socket = `boomstream-test-${process.pid}-${Math.random().toString(36).slice(2)}`;

  async #tmux(...args: string[]): Promise<string> {
    const { stdout } = await run('tmux', ['-L', this.#socket, ...args]);
    return stdout;
  }

  /** Starts `command` in a detached window of the given size. */
  async start(command: string, columns: number, rows: number): Promise<void> {
    await this.#tmux(
      'new-session',
      '-d',
      '-s',
      'test',
      '-x',
      String(columns),
      '-y',
      String(rows),
      command,
    );
  }

  /** Sends keys as tmux names them (`Enter`, `Tab`, `C-u`) or literal text with `-l`. */
  async keys(...keys: string[]): Promise<void> {
    await this.#tmux('send-keys', '-t', 'test', ...keys);
  }

  async text(text: string): Promise<void> {
    await this.#tmux('send-keys', '-t', 'test', '-l', text);
  }

  /** What the pane shows now, as text; with `escapes`, with its colour and style codes. */
  capture(escapes = false): Promise<string> {
    return this.#tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', 'test');
  }

  /** Everything the pane has shown, scrolled-off lines too. */
  history(): Promise<string> {
    return this.#tmux('capture-pane', '-p', '-S', '-', '-t', 'test');
  }

  /** Resizes the window, as a user dragging the terminal's corner. */
  async resize(columns: number, rows: number): Promise<void> {
    await this.#tmux('resize-window', '-t', 'test', '-x', String(columns), '-y', String(rows));
  }

  /** A tmux format of the pane, e.g. `#{alternate_on}`. */
  async format(format: string): Promise<string> {
    return (await this.#tmux('display-message', '-p', '-t', 'test', format)).trim();
  }

  /**
   * Polls the pane every `pollMs` until it shows `text` (or passes a check); fails with
   * the pane's content. A short poll catches a frame that lasts little (a progress bar).
   */
  async waitFor(
    text: string | RegExp | ((pane: string) => boolean),
    timeoutMs = 20_000,
    pollMs = 50,
  ): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    const matches = (pane: string) =>
      typeof text === 'string'
        ? pane.includes(text)
        : text instanceof RegExp
          ? text.test(pane)
          : text(pane);
    for (;;) {
      const pane = await this.capture();
      if (matches(pane)) return pane;
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for ${String(text)} in:\n${pane}`);
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  async kill(): Promise<void> {
    await this.#tmux('kill-server').catch(() => undefined);
  }
}
