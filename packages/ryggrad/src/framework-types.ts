// Types the framework entries (react, vue, svelte) share. Tags and events are read from the maps
// each registration entry extends, so a new element is covered as soon as it is registered.
import type { LitElement } from 'lit';
import './all.js';

/** Every Ryggrad tag. */
export type RyggTag = Extract<keyof HTMLElementTagNameMap, `rygg-${string}`>;

/** Every Ryggrad event. */
export type RyggEvent = Extract<keyof HTMLElementEventMap, `rygg-${string}`>;

type Methods<Element> = {
  [Key in keyof Element]: Element[Key] extends (...args: never[]) => unknown ? Key : never;
}[keyof Element];

/** The properties a page sets on a Ryggrad element (its own, not Lit's, and no methods), all optional. */
export type RyggElementProps<Element> = Partial<Omit<Element, keyof LitElement | Methods<Element>>> & {
  lang?: string;
};

/** `rygg-triage-change` → `RyggTriageChange`: how Vue names an event's handler prop (`onRyggTriageChange`). */
export type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<Name>;
