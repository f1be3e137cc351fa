/** Switches to the alternate screen, so the user's scrollback is back untouched on exit. */
/** The alternate screen keeps the cursor where it was: home it, or the first frame starts mid-screen. */
const ENTER_ALT_SCREEN = '\u001B[?1049h\u001B[2J\u001B[H';
const LEAVE_ALT_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

/**
 * Takes over the terminal until the returned `restore` runs; `restore` also runs
 * on SIGTERM, SIGHUP and process exit, and runs once however often it is called.
 * (Ink 6 has no alternate screen of its own.)
 */
export function takeOverTerminal(stdout: NodeJS.WriteStream): () => void {
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stdout.write(SHOW_CURSOR + LEAVE_ALT_SCREEN);
    process.off('exit', restore);
  };
  stdout.write(ENTER_ALT_SCREEN);
  process.on('exit', restore);
  return restore;
}

/** Whether the user asked for no colours (NO_COLOR set and not empty, as no-color.org says). */
export function noColor(env: Readonly<Record<string, string | undefined>>): boolean {
  return env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
}

/** chalk (Ink's colours) ignores NO_COLOR; FORCE_COLOR=0 must be set before it loads. */
export function honourNoColor(env: NodeJS.ProcessEnv): void {
  if (noColor(env)) env['FORCE_COLOR'] = '0';
}

/** Whether `CI` says we run in CI: set, and not `0` or `false` (as Ink reads it). */
export function inCi(ci: string | undefined): boolean {
  return ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false';
}
