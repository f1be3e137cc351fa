/** Exit codes: scripts tell bad input from a failing API. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
