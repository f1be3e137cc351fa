/**
 * The examples the documentation shows: the `boomstream` command lines of the help's
 * example sections and of the READMEs' shell blocks, read from the texts themselves
 * (never a list kept by hand), and how many rows a run of one printed.
 */

/** Where an example was shown, and the command line as shown. */
export interface DocumentedExample {
  readonly source: string;
  readonly line: string;
}

/** Why a documented `boomstream` line is not run against the demo, or `undefined` to run it. */
export function notRunBecause(line: string): string | undefined {
  // `…` stands for the reader's own key or password: only a real account answers.
  if (line.includes('…')) return "it needs the reader's own key or password (…)";
  const segments = commands(line);
  // With no method or command, or only --mock, the bin opens the terminal UI.
  if (segments.some((words) => words[0] === 'boomstream' && words.slice(1).every(isUiFlag))) {
    return 'it opens the terminal UI, which the tmux test drives';
  }
  return undefined;
}

const isUiFlag = (word: string) => word === '--mock';

/** The words of each command of a shell line (split at `|`, `&&`, `;`), its leading `NAME=value`s left out. */
export function commands(line: string): string[][] {
  const code = line.replace(/\s#.*$/, '');
  return code
    .split(/\|\||&&|[|;]/)
    .map((segment) => segment.trim().split(/\s+/).filter(Boolean))
    .map((words) => {
      const first = words.findIndex((word) => !/^[A-Z_][A-Z0-9_]*=/.test(word));
      return first === -1 ? [] : words.slice(first);
    })
    .filter((words) => words.length > 0);
}

/** Whether a shell line runs the `boomstream` bin (not `boomstream-mock`, not `npx @boomstream/…`). */
export function runsBoomstream(line: string): boolean {
  return commands(line).some((words) => words[0] === 'boomstream');
}

/** The command lines of a help text's `Examples…:` and `Try:` sections (two-space indented, up to a blank line). */
export function helpExamples(help: string): string[] {
  const examples: string[] = [];
  let inside = false;
  for (const line of help.split('\n')) {
    if (/^(Examples\b.*|Try):$/.test(line)) inside = true;
    else if (line.trim() === '') inside = false;
    else if (inside && /^ {2}\S/.test(line)) examples.push(line.trim());
  }
  return examples;
}

/** The `boomstream help <topic>` a help text points to (`boomstream help verify`). */
export function helpTopics(help: string): string[] {
  const topics = [...help.matchAll(/boomstream\s+help\s+([a-z]+)/g)].map((match) => match[1] ?? '');
  return [...new Set(topics)];
}

/** The methods a help text lists under `Methods…:`. */
export function helpMethods(help: string): string[] {
  const section = help.split(/^Methods\b.*:$/m)[1]?.split(/\n\n/)[0] ?? '';
  return [...section.matchAll(/^ {2}([a-z]+) /gm)].map((match) => match[1] ?? '');
}

/** The lines of a Markdown text's `sh`/`bash`/`shell` blocks, a `\`-continued line joined. */
export function shellLines(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```$/gm)];
  return blocks.flatMap(([, body = '']) =>
    body
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

/** The file a line writes its output to (`… > june.csv`), if it does. */
export function redirectTarget(line: string): string | undefined {
  return /(?:^|\s)>\s*(\S+)/.exec(line.replace(/\s#.*$/, ''))?.[1];
}

/**
 * The rows of what an example printed: a `jq` stream's lines, a CSV's lines under its
 * header, a JSON answer's `items` or `customers`; text (help, demo) counts its lines.
 */
export function rowsOf(line: string, output: string): number {
  const lines = output.split('\n').filter((text) => text.trim() !== '');
  if (commands(line).some((words) => words[0] === 'jq')) return lines.length;
  if (/\s--csv\b/.test(line)) return Math.max(0, lines.length - 1);
  if (output.trimStart().startsWith('{')) {
    const answer = JSON.parse(output) as { items?: unknown[]; customers?: unknown[] };
    return (answer.items ?? answer.customers ?? []).length;
  }
  return lines.length;
}
