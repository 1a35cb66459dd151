// @ryggrad/content — the brochure's content as typed trilingual data, and the red-flag triage
// as pure functions. No DOM, no Lit.
export { LOCALES, isLocale } from './locale.js';
export type { Locale } from './locale.js';
export { SECTION_NUMBERS, isSectionNumber } from './source.js';
export type { SectionNumber } from './source.js';
export { TOPICS, TOPIC_SECTIONS, isTopicName } from './topics.js';
export type { TopicMap, TopicName } from './topics.js';
export { loadTopic } from './load.js';
export { loadAbout } from './load/about.js';
export { loadCauses } from './load/causes.js';
export { loadAnatomy } from './load/anatomy.js';
export { loadActivity, loadActivityLongLasting } from './load/activity.js';
export { loadRedFlags, loadRedFlagsClinician, loadRedFlagsResult } from './load/red-flags.js';
export { loadWork } from './load/work.js';
export { loadTreatment } from './load/treatment.js';
export { sourceLine, contentVersionText, wordingFor } from './format.js';
export { CONTENT_VERSION } from './version.js';
export { TIERS, FLAG_TIERS, DEFAULT_FLAG_IDS, DEFAULT_ROUTE_IDS, DEFAULT_RULES } from './rules.js';
export type { Tier, FlagTier, RedFlagRule, Route, RuleSet, DefaultFlagId, DefaultRouteId } from './rules.js';
export { triage, partitionFlags } from './triage.js';
export type { TriageResult } from './triage.js';
export { RuleSetError, validateRuleSet } from './validate-rules.js';
export { telLink } from './contacts.js';
export { ContactsError, validateContacts } from './validate-contacts.js';
export type { Contact, Contacts } from './contacts.js';

export type { SourcedText, SourcedGroup, SectionHeadings, SourceStrings, CommonStrings } from './types/common.js';
export type { AboutContent, AboutMeta, AboutUi, InfoLink, SectionSummary } from './types/about.js';
export type { CausesContent, CausesUi, PainType, PainTypeId } from './types/causes.js';
export { STRUCTURE_IDS, CONDITION_IDS, VERTEBRA_COUNTS } from './types/anatomy.js';
export type {
  AnatomyContent,
  AnatomyUi,
  Condition,
  ConditionId,
  SpineRegion,
  Structure,
  StructureId,
} from './types/anatomy.js';
export type { ActivityContent, ActivityLongLasting, ActivityUi, ActivityVariant } from './types/activity.js';
export type {
  RedFlagClinicianWording,
  RedFlagResult,
  RedFlagContent,
  RedFlagText,
  RedFlagUi,
  TierText,
  WordedRouteId,
} from './types/red-flags.js';
export type { WorkContent, WorkChecklist, WorkUi } from './types/work.js';
export { TREATMENT_GROUP_IDS } from './types/treatment.js';
export type { TreatmentContent, TreatmentGroupId, TreatmentUi } from './types/treatment.js';
