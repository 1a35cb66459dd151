// Registers <rygg-red-flag-checklist>. The only side effect of the widget: import this file to
// use the tag, or import the class from red-flag-checklist.js to register it under another name.
import { RyggRedFlagChecklist, type TriageChangeDetail } from './red-flag-checklist.js';

RyggRedFlagChecklist.define('rygg-red-flag-checklist');

export { RyggRedFlagChecklist };
export type { Audience, TriageChangeDetail, TriageState } from './red-flag-checklist.js';

declare global {
  interface HTMLElementTagNameMap {
    'rygg-red-flag-checklist': RyggRedFlagChecklist;
  }
  interface HTMLElementEventMap {
    /** Fired by <rygg-red-flag-checklist> when the reader changes an answer or resets. */
    'rygg-triage-change': CustomEvent<TriageChangeDetail>;
  }
}
