/**
 * Exit codes: scripts tell bad input from a failing API; 130 is the shell's code for
 * Ctrl-C. `boomstream verify` exits 3 when the real API breaks an assumption.
 */
export const EXIT = { ok: 0, failure: 1, usage: 2, assumptionBroken: 3, interrupted: 130 } as const;
