/**
 * What a terminal obeys rather than shows: the C0 controls but tab and line feed, a
 * carriage return that ends no CRLF (it would let text overwrite its line), DEL, and the
 * C1 controls (U+0080–U+009F: `\x9b` alone starts a CSI, as `ESC [` does).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it must find
const OBEYED = /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

/**
 * `text` with every character a terminal would obey written as a visible `\uXXXX`, for
 * output that goes to a terminal. Within JSON this is JSON's own escape, so the document
 * still parses to the same values; in CSV it shows what the data holds instead of
 * running it. Line breaks and tabs stay.
 */
export function terminalSafe(text: string): string {
  return text.replace(OBEYED, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Standard output as the CLI writes to it: through {@link terminalSafe} when it is a
 * terminal, byte for byte when it is a pipe or a file (data stays exact there).
 */
export function cliStdout(stdout: NodeJS.WriteStream): { write(text: string): unknown } {
  return stdout.isTTY ? { write: (text: string) => stdout.write(terminalSafe(text)) } : stdout;
}
