import type { CommonStrings, SourcedGroup, SourcedText } from './common.js';

export const TREATMENT_GROUP_IDS = Object.freeze([
  'examination',
  'imaging',
  'advice',
  'medicines',
  'sick-leave',
  'other-treatment',
  'surgery',
  'training',
] as const);

export type TreatmentGroupId = (typeof TREATMENT_GROUP_IDS)[number];

export interface TreatmentUi {
  readonly title: string;
  readonly groupsHeading: string;
  readonly keyMessagesHeading: string;
}

export interface TreatmentContent {
  readonly common: CommonStrings;
  readonly ui: TreatmentUi;
  /** Section 7: who can help, the goal, acute versus long-lasting. */
  readonly intro: readonly SourcedText[];
  /** Section 7, in the brochure's order. */
  readonly groups: readonly SourcedGroup<TreatmentGroupId>[];
  /** Section 7's short quotes, in own words ("X-rays seldom show why…"). */
  readonly keyMessages: readonly SourcedText[];
}
