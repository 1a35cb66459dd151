// `import { … } from 'ryggrad'`: every widget class and the shared types, with nothing registered.
// Register a widget with `import 'ryggrad/red-flag-checklist.js'` (or call `RyggX.define(tag)`).
export { RyggElement, type Locale, type Theme } from '@ryggrad/core';
export { preloadContent } from './preload.js';
export {
  RyggRedFlagChecklist,
  type TriageState,
  type TriageChangeDetail,
  type Audience,
} from '../../../widgets/red-flag-checklist/src/red-flag-checklist.js';
export { RyggSpineDiagram, type StructureSelectDetail } from '../../../widgets/spine-diagram/src/spine-diagram.js';
export { RyggActivityAdvice } from '../../../widgets/activity-advice/src/activity-advice.js';
export { RyggReturnToWork } from '../../../widgets/return-to-work/src/return-to-work.js';
export type { ChecklistEntries } from '../../../widgets/return-to-work/src/checklist.js';
export { RyggCareOptions } from '../../../widgets/care-options/src/care-options.js';
export type { CareAudience, CareTopic } from '../../../widgets/care-options/src/view.js';
export { RyggBackFacts } from '../../../widgets/back-facts/src/back-facts.js';
export type { FactsAudience } from '../../../widgets/back-facts/src/view.js';
export {
  triage,
  validateRuleSet,
  validateContacts,
  DEFAULT_RULES,
  CONTENT_VERSION,
  RuleSetError,
  ContactsError,
  type RuleSet,
  type RedFlagRule,
  type Route,
  type Tier,
  type TriageResult,
  type Contact,
  type Contacts,
  type ActivityVariant,
} from '@ryggrad/content';

// Every tag and event in HTMLElementTagNameMap/HTMLElementEventMap, as types only (nothing is
// registered), so `querySelector('rygg-spine-diagram')` and an event's `detail` are typed after define().
export type {} from '../../../widgets/red-flag-checklist/src/define.js';
export type {} from '../../../widgets/spine-diagram/src/define.js';
export type {} from '../../../widgets/activity-advice/src/define.js';
export type {} from '../../../widgets/return-to-work/src/define.js';
export type {} from '../../../widgets/care-options/src/define.js';
export type {} from '../../../widgets/back-facts/src/define.js';
