/**
 * Where a secret parameter comes from on the command line: an environment
 * variable (flags show in `ps` and in shell history), and for the customer
 * password also stdin.
 */
export const SECRET_ENV: Readonly<Record<string, string>> = {
  project: 'BOOMSTREAM_PROJECT_KEY',
  hash: 'BOOMSTREAM_HASH',
};

/** The variable of a secret parameter; a secret the spec adds later gets `BOOMSTREAM_<NAME>`. */
export function secretEnv(param: string): string {
  return SECRET_ENV[param] ?? `BOOMSTREAM_${param.toUpperCase()}`;
}

/** The parameter `--hash-stdin` reads. */
export const STDIN_SECRET = 'hash';
