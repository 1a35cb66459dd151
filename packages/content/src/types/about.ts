import type { SectionNumber } from '../source.js';
import type { TopicName } from '../topics.js';
import type { CommonStrings, SectionHeadings, SourcedText } from './common.js';

/** One line per brochure section. */
export interface SectionSummary {
  /** `section-1`, `section-2`, … */
  readonly id: string;
  readonly section: SectionNumber;
  readonly heading: string;
  /** One plain sentence on what the section says. */
  readonly text: string;
  /** The topic that holds the section's content. */
  readonly topic: TopicName;
}

/** A place to learn more (section 11). */
export interface InfoLink extends SourcedText {
  /** Visible name, e.g. "rygginfo.no". */
  readonly label: string;
  /** Address as printed in the brochure (2007), when it gives one. */
  readonly url?: string;
}

export interface AboutMeta {
  readonly title: string;
  readonly publisher: string;
  readonly year: number;
  /** Who the brochure is for. */
  readonly audience: string;
  /** What the brochure (and so this content) is based on. */
  readonly basis: string;
}

export interface AboutUi {
  readonly title: string;
  readonly metaHeading: string;
  readonly titleLabel: string;
  readonly publisherLabel: string;
  readonly yearLabel: string;
  readonly basisHeading: string;
  readonly disclaimerHeading: string;
  readonly sectionsHeading: string;
  /** "Avsnitt" / "Section", before a number. */
  readonly sectionLabel: string;
  readonly prevalenceHeading: string;
  readonly moreInfoHeading: string;
  /** The addresses are as printed in 2007. */
  readonly linksNote: string;
}

export interface AboutContent {
  readonly common: CommonStrings;
  /** Every section's heading (the shared ones from `common`). */
  readonly sectionHeadings: SectionHeadings;
  readonly ui: AboutUi;
  readonly meta: AboutMeta;
  /**
   * General information from the brochure (FORMI 2007, on the 2007 national guidelines), not a
   * replacement for an examination by a doctor, physiotherapist, chiropractor or manual therapist.
   */
  readonly disclaimer: string;
  /** Every section, in brochure order. */
  readonly sections: readonly SectionSummary[];
  /** Section 10: how common back pain is. */
  readonly prevalence: readonly SourcedText[];
  /** Section 11 (and the patient organisation from section 7). */
  readonly moreInfo: readonly InfoLink[];
}
