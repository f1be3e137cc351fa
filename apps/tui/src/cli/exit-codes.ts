/** Exit codes: scripts tell bad input from a failing API; 130 is the shell's code for Ctrl-C. */
export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;
