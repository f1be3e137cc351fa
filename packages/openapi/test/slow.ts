/**
 * The timeout of tests that start a CLI, a compiler or a server, or make many requests:
 * seconds on an idle machine, many more on a shared, loaded one. No test asserts a timing.
 */
export const SLOW_TEST_MS = 120_000;
