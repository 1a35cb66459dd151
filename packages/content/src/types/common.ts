import type { Locale } from '../locale.js';
import type { SectionNumber } from '../source.js';

/** The smallest unit of content: one statement in plain words, with the brochure section it comes from. */
export interface SourcedText {
  /** Stable id, the same in every locale. */
  readonly id: string;
  /** Patient wording ("du"/"you" voice). */
  readonly text: string;
  /** The brochure section the statement comes from. */
  readonly section: SectionNumber;
  /** Short professional wording, for widgets with a clinician mode. */
  readonly clinician?: string;
}

/** A group of sourced items under a heading. */
export interface SourcedGroup<Id extends string = string> {
  readonly id: Id;
  readonly heading: string;
  readonly items: readonly SourcedText[];
}

/** The heading of each brochure section, in one locale. */
export type SectionHeadings = Readonly<Record<SectionNumber, string>>;

/**
 * The sections whose headings more than one topic shows (a widget's title, a part's heading); they
 * travel in `common`, which every page downloads. The others are only in the about topic.
 */
export type SharedSection = 1 | 6 | 7 | 8;

/** Words for citing the source. */
export interface SourceStrings {
  /** "Kilde" / "Source" */
  readonly label: string;
  /** "avsnitt" / "section" */
  readonly section: string;
  /** "avsnitt" / "sections" */
  readonly sections: string;
  /** The brochure's own (Norwegian) title. */
  readonly title: string;
  /** The title as readers of this locale understand it (same as `title` in nb). */
  readonly titleInLocale: string;
  readonly publisher: string;
  /** "FORMI" */
  readonly publisherShort: string;
  /** "Innholdsversjon" / "Content version", before {@link CONTENT_VERSION}. */
  readonly contentVersion: string;
  readonly year: number;
}

/** Strings shared by every topic of one locale (its own chunk, imported by each topic). */
export interface CommonStrings {
  readonly locale: Locale;
  readonly source: SourceStrings;
  readonly sectionHeadings: Readonly<Record<SharedSection, string>>;
  /** Interface words the widgets share. */
  readonly ui: CommonUiStrings;
}

/** Interface words several widgets show. */
export interface CommonUiStrings {
  /** Names the patient audience, e.g. in an audience label. */
  readonly patientView: string;
  /** Names the health-professional audience. */
  readonly clinicianView: string;
  /** Read out after a link that opens in a new tab. */
  readonly externalLink: string;
}
