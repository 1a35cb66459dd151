import type { CommonStrings, SourcedText } from './common.js';

export type ActivityVariant = 'acute' | 'long-lasting';

export interface ActivityUi {
  /** Title of the acute advice. */
  readonly title: string;
  /** Title when the widget shows advice for long-lasting pain. */
  readonly titleLongLasting: string;
  readonly stayActive: string;
  readonly painkillers: string;
  readonly longLasting: string;
  readonly prevention: string;
  /** Label of the acute / long-lasting switch. */
  readonly variantLabel: string;
  readonly variants: Readonly<Record<ActivityVariant, string>>;
  /** Heading over clinician wording. */
  readonly clinicianHeading: string;
}

export interface ActivityContent {
  readonly common: CommonStrings;
  readonly ui: ActivityUi;
  /** Section 5: "the back is made for movement". */
  readonly keyMessage: SourcedText;
  /** Section 5: stay active, lie little. */
  readonly acute: readonly SourcedText[];
  /** Section 5: non-prescription painkillers. */
  readonly painkillers: readonly SourcedText[];
  /**
   * Section 7: when the pain lasts. With `prevention`, a module of its own (`loadActivityLongLasting`),
   * so pages that show the acute advice never download it; `loadTopic('activity', locale)` includes both.
   */
  readonly longLasting?: readonly SourcedText[];
  /** Section 9: preventing relapse. */
  readonly prevention?: readonly SourcedText[];
}

/** The advice for long-lasting pain, loaded on its own. */
export interface ActivityLongLasting {
  /** Section 7: when the pain lasts. */
  readonly longLasting: readonly SourcedText[];
  /** Section 9: preventing relapse. */
  readonly prevention: readonly SourcedText[];
}
