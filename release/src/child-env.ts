/**
 * The environment for a child npm or node process that must not inherit the npm run
 * it is started from: `npm test` exports its own configuration (`npm_config_*`, among
 * them the user's config file and the repository as the local prefix) and the
 * package's fields (`npm_package_*`), which would point an install elsewhere.
 */
export function cleanEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^npm_(config|package|lifecycle)_/i.test(name) && name !== 'INIT_CWD',
    ),
  );
  return { ...env, ...extra };
}
