/** The library version, written from packages/ryggrad/package.json by scripts/version.mjs. */
export const VERSION = '0.1.0';
