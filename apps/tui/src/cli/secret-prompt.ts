/** A terminal's stdin, as the prompt needs it; `setRawMode` turns the echo off. */
export interface TtyInput extends AsyncIterable<string | Buffer> {
  readonly isTTY?: boolean;
  setRawMode?(raw: boolean): unknown;
}

/** How a prompt ended: Enter (or Ctrl-D) submits what was typed, Ctrl-C cancels. */
export type PromptEnd = 'submit' | 'cancel';

export interface SecretEdit {
  readonly value: string;
  readonly end: PromptEnd | undefined;
}

/** Arrow keys and the like: typed by mistake, they must not end up in the password. */
// eslint-disable-next-line no-control-regex -- escape sequences are what it must find
const ESCAPE_SEQUENCE = /\u001B(?:\[[0-9;?]*[ -/]*[@-~]|O.|.?)/gu;

/**
 * Applies one chunk of raw input (a key, or a paste) to the password typed so far.
 * Backspace erases a character, Ctrl-U the whole line, other control keys are ignored.
 */
export function editSecret(value: string, chunk: string): SecretEdit {
  let text = value;
  for (const char of chunk.replace(ESCAPE_SEQUENCE, '')) {
    if (char === '\r' || char === '\n' || char === '\u0004') return { value: text, end: 'submit' };
    if (char === '\u0003') return { value: text, end: 'cancel' };
    if (char === '\u007F' || char === '\b') text = Array.from(text).slice(0, -1).join('');
    else if (char === '\u0015') text = '';
    else if (!/\p{Cc}/u.test(char)) text += char;
  }
  return { value: text, end: undefined };
}

/**
 * Asks for a secret on a terminal as `sudo` does: the prompt on stderr, the typing not
 * echoed, a line break after. The terminal leaves raw mode on every way out. Answers
 * `undefined` when the user cancels with Ctrl-C.
 */
export async function promptSecret(
  input: TtyInput,
  output: { write(text: string): unknown },
  prompt: string,
): Promise<string | undefined> {
  output.write(prompt);
  input.setRawMode?.(true);
  let edit: SecretEdit = { value: '', end: undefined };
  try {
    for await (const chunk of input) {
      edit = editSecret(edit.value, String(chunk));
      if (edit.end) break;
    }
  } finally {
    input.setRawMode?.(false);
    output.write('\n');
  }
  // End of input without Enter (the terminal closed) submits, as Ctrl-D does.
  return edit.end === 'cancel' ? undefined : edit.value;
}
