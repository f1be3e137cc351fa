import packageJson from '../package.json' with { type: 'json' };

/** The package's version, bundled into the bin. */
export const VERSION: string = packageJson.version;
