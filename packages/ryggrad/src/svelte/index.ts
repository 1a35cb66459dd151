// `import 'ryggrad/svelte'`: registers every element and types their tags for Svelte (svelte-check):
// the elements' properties, and their events as `onrygg-triage-change` (Svelte 5) or
// `on:rygg-triage-change` (Svelte 4) with their typed `detail`.
import type { HTMLAttributes } from 'svelte/elements';
import '../all.js';
import type { RyggElementProps, RyggEvent, RyggTag } from '../framework-types.js';

type SvelteEventProps = {
  [Event in RyggEvent as `on${Event}` | `on:${Event}`]?: (event: HTMLElementEventMap[Event]) => void;
};

/** Every Ryggrad tag as a Svelte element type. */
export type RyggSvelteElements = {
  [Tag in RyggTag]: HTMLAttributes<HTMLElementTagNameMap[Tag]> &
    RyggElementProps<HTMLElementTagNameMap[Tag]> &
    SvelteEventProps;
};

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the Ryggrad tags to Svelte's
  interface SvelteHTMLElements extends RyggSvelteElements {}
}
