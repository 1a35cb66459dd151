/** The library version; a test keeps it equal to packages/ryggrad/package.json. */
export const VERSION = '0.1.0';
