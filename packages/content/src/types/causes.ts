import type { CommonStrings, SourcedText } from './common.js';

export type PainTypeId = 'non-specific' | 'nerve-root' | 'other-disease';

/** One of the three kinds of back pain (section 1), with its share of all back pain. */
export interface PainType extends SourcedText {
  readonly id: PainTypeId;
  readonly name: string;
  /** The share as written, e.g. "85–90 %". */
  readonly share: string;
  /** Lower and upper bound of the share, in percent. */
  readonly shareMin: number;
  readonly shareMax: number;
}

export interface CausesUi {
  readonly title: string;
  readonly typesHeading: string;
  /** "Andel av alle med ryggsmerter" — caption for the shares. */
  readonly shareLabel: string;
  readonly durationHeading: string;
  readonly diagnosisHeading: string;
  readonly riskHeading: string;
  readonly psychologyHeading: string;
  readonly viciousCircleHeading: string;
  readonly recoveryHeading: string;
  /** Title of a page of facts drawn from sections 1, 8, 10 and 11 ("Facts about back pain"). */
  readonly factsTitle: string;
  /** Section 8 as a timeline: its caption, its three rows and its three stretches of time. */
  readonly courseHeading: string;
  readonly courseAcute: string;
  readonly courseNerveRoot: string;
  readonly courseRelapse: string;
  readonly courseWeeks: string;
  readonly courseMonths: string;
  readonly courseYears: string;
}

export interface CausesContent {
  readonly common: CommonStrings;
  readonly ui: CausesUi;
  /** Section 1: what we know about where the pain comes from. */
  readonly intro: readonly SourcedText[];
  /** Section 1: acute (< 3 months) versus long-lasting, and sorting by cause. */
  readonly duration: readonly SourcedText[];
  /** Section 1: the three kinds, most common first. */
  readonly types: readonly PainType[];
  /** Section 1: diagnosis needs a personal examination. */
  readonly diagnosis: readonly SourcedText[];
  /** Section 1: lead-in to the risk factor list. */
  readonly riskIntro: SourcedText;
  /** Section 1: probable causes and risk factors (a list). */
  readonly riskFactors: readonly SourcedText[];
  /** Section 1: load, heredity, smoking/overweight, combinations. */
  readonly riskNotes: readonly SourcedText[];
  /** Section 1: psychological factors. */
  readonly psychological: readonly SourcedText[];
  /** Section 1: what can keep the vicious circle going (a list). */
  readonly viciousCircle: readonly SourcedText[];
  /** Section 1: what interdisciplinary care can do about it. */
  readonly viciousCircleHelp: SourcedText;
  /** Section 8: the chances of getting well. */
  readonly recovery: readonly SourcedText[];
}
