// `import { RedFlagChecklist } from 'ryggrad/react'`: one React component per element, built on
// @lit/react, so React 18 sets properties (not attributes) and listens to the elements' events.
// Importing it registers the elements and declares their bare tags for React 19's JSX.
import { createComponent, type EventName, type ReactWebComponent, type WebComponentProps } from '@lit/react';
import * as React from 'react';
import { RyggActivityAdvice } from '../activity-advice.js';
import { RyggBackFacts } from '../back-facts.js';
import { RyggCareOptions } from '../care-options.js';
import { RyggRedFlagChecklist } from '../red-flag-checklist.js';
import { RyggReturnToWork } from '../return-to-work.js';
import { RyggSpineDiagram } from '../spine-diagram.js';
import type { RyggEvent, RyggTag } from '../framework-types.js';

/** A wrapper's event props (`onTriageChange`) with the event each one listens to. */
type EventProps<Events extends Record<string, RyggEvent>> = {
  [Prop in keyof Events]: EventName<HTMLElementEventMap[Events[Prop]]>;
};

/** `rygg-red-flag-checklist` → `RedFlagChecklist`, the wrapper's name in React's dev tools. */
export function componentName(tag: string): string {
  return tag
    .replace(/^rygg-/, '')
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function wrap<Tag extends RyggTag, Events extends Record<string, RyggEvent>>(
  tagName: Tag,
  elementClass: new () => HTMLElementTagNameMap[Tag],
  events: Events,
): ReactWebComponent<HTMLElementTagNameMap[Tag], EventProps<Events>> {
  return createComponent({
    react: React,
    tagName,
    elementClass,
    // At run time an EventName is the plain event name; the cast only attaches each event's type.
    events: events as unknown as EventProps<Events>,
    displayName: componentName(tagName),
  });
}

// One line per element. Props are the element's properties; events are `on` + their name.
export const RedFlagChecklist = wrap('rygg-red-flag-checklist', RyggRedFlagChecklist, {
  onTriageChange: 'rygg-triage-change',
});
export const SpineDiagram = wrap('rygg-spine-diagram', RyggSpineDiagram, {
  onStructureSelect: 'rygg-structure-select',
});
export const ActivityAdvice = wrap('rygg-activity-advice', RyggActivityAdvice, {});
export const ReturnToWork = wrap('rygg-return-to-work', RyggReturnToWork, {});
export const CareOptions = wrap('rygg-care-options', RyggCareOptions, {});
export const BackFacts = wrap('rygg-back-facts', RyggBackFacts, {});

/**
 * Props of a bare Ryggrad tag in React 19, which sets properties on custom elements and listens to
 * `on` + the event's exact name (`onrygg-triage-change`).
 */
export type RyggIntrinsicElements = {
  [Tag in RyggTag]: WebComponentProps<HTMLElementTagNameMap[Tag]> & {
    [Event in RyggEvent as `on${Event}`]?: (event: HTMLElementEventMap[Event]) => void;
  };
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the Ryggrad tags to React's
    interface IntrinsicElements extends RyggIntrinsicElements {}
  }
}
