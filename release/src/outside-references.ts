import { posix } from 'node:path';

/** A place in a tracked file that reads, links or names something outside the repository. */
export interface OutsideReference {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly why: string;
}

/**
 * What only exists beside or above a clone on a developer's machine. Spelled in pieces
 * so that this file does not name them itself.
 */
const FORBIDDEN: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: new RegExp(['\\.\\.', 'shared'].join('/')), why: 'the folder beside the repository' },
  {
    pattern: new RegExp(
      `\\b(?:${['WIRE', 'md'].join('\\.')}|${['stats-methods', 'txt'].join('\\.')})\\b`,
    ),
    why: 'a reference document that lives outside the repository',
  },
  {
    pattern: /(?<![\w.~-])\/(?:work|home|root|Users)\/[\w.-]/,
    why: "an absolute path into a machine's folders",
  },
];

/** `../`, one or more times, and what follows up to a quote, a bracket or a space. */
const RELATIVE_PATH = /(?<![\w.])(?:\.\.\/)+[^\s'"`)\]>,;]*/g;

/** Whether `relative`, read from the folder of `file` (both relative to the root), leaves the root. */
function leavesRoot(file: string, relative: string): boolean {
  return posix.normalize(posix.join(posix.dirname(file), relative)).startsWith('../');
}

/** Every outside reference in `text`, the content of the tracked file `file` (a path from the root). */
export function outsideReferences(file: string, text: string): OutsideReference[] {
  return text.split('\n').flatMap((lineText, index) => {
    const line = index + 1;
    const found: OutsideReference[] = [];
    for (const { pattern, why } of FORBIDDEN) {
      const match = pattern.exec(lineText);
      if (match) found.push({ file, line, text: match[0], why });
    }
    for (const [relative] of lineText.matchAll(RELATIVE_PATH)) {
      if (leavesRoot(file, relative)) {
        found.push({ file, line, text: relative, why: 'a relative path that leaves the root' });
      }
    }
    return found;
  });
}
