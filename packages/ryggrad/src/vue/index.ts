// `import 'ryggrad/vue'`: registers every element and types their tags
// for Vue templates (vue-tsc, also with `strictTemplates`): props are the elements' properties,
// events are `@rygg-triage-change`, `@rygg-structure-select` with their typed `detail`.
import type { DefineComponent, HTMLAttributes } from 'vue';
import '../all.js';
import type { PascalCase, RyggElementProps, RyggEvent, RyggTag } from '../framework-types.js';

/** Vue's handler props for the elements' events: `@rygg-triage-change` is `onRyggTriageChange`. */
type VueEventProps = {
  [Event in RyggEvent as `on${PascalCase<Event>}`]?: (event: HTMLElementEventMap[Event]) => void;
};

/** Every Ryggrad tag as a Vue component type: HTML's attributes, the element's properties, its events. */
export type RyggGlobalComponents = {
  [Tag in RyggTag]: DefineComponent<HTMLAttributes & RyggElementProps<HTMLElementTagNameMap[Tag]> & VueEventProps>;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the Ryggrad tags to Vue's
  interface GlobalComponents extends RyggGlobalComponents {}
}
