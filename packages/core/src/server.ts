import { isServer } from 'lit';

/**
 * True when rendering on a server (`@lit-labs/ssr` in Node), where there is no `document`, no
 * page tree and no observers. Lit's types declare `isServer` as `false`; its Node build exports
 * `true`, so it is widened here once rather than silenced at every use.
 */
export const onServer: boolean = isServer;
