import { AUDIENCES, type Audience, type LeafletFrame, type LeafletLine } from '@ryggrad/core';
import { sourceLine, wordingFor } from '@ryggrad/content';
import type { AboutContent, CausesContent, InfoLink, SectionNumber, SourcedText } from '@ryggrad/content';
import { COURSE, type CourseRow, type CourseRowId } from './chart.js';

/** Who the text is for: the patient (default), or a clinician (short professional wording). */
export type FactsAudience = Audience;

/** The audiences the `audience` attribute accepts; the first is the default. */
export const FACTS_AUDIENCES: readonly FactsAudience[] = AUDIENCES;

/** Everything the facts widget needs: two topics of the content package. */
export interface FactsContent {
  readonly causes: CausesContent;
  readonly about: AboutContent;
}

/** One kind of back pain with its share (section 1). */
export interface ShareRow {
  readonly id: string;
  readonly name: string;
  /** As written, e.g. "85–90 %". */
  readonly share: string;
  readonly min: number;
  readonly max: number;
}

/** One row of the course timeline (section 8), with its label. */
export interface CourseLine extends CourseRow {
  readonly label: string;
}

/** Everything the widget shows for one audience, in reading order. */
export interface FactsView extends LeafletFrame {
  readonly audienceLabel: string;
  readonly causesHeading: string;
  readonly typesHeading: string;
  readonly shareLabel: string;
  readonly shares: readonly ShareRow[];
  /** What the share chart says, in one line (the figures in words for the whole drawing). */
  readonly sharesSummary: string;
  readonly courseHeading: string;
  readonly courseCaption: string;
  /** The three stretches of the time line: a few weeks, several months, 1–2 years. */
  readonly stretches: readonly string[];
  readonly course: readonly CourseLine[];
  readonly recovery: readonly LeafletLine[];
  readonly prevalenceHeading: string;
  readonly prevalence: readonly LeafletLine[];
  readonly moreInfoHeading: string;
  readonly links: readonly (LeafletLine & { readonly label: string; readonly url?: string })[];
  readonly linksNote: string;
  readonly sourceSections: readonly SectionNumber[];
}

function lineFor(item: SourcedText, audience: FactsAudience): LeafletLine {
  return { id: item.id, text: wordingFor(item, audience) };
}

/**
 * Sections 1, 8, 10 and 11 for one audience: the kinds of back pain with their shares, the
 * course as a timeline and in words, how common back pain is, and where to learn more.
 */
export function factsView({ causes, about }: FactsContent, audience: FactsAudience): FactsView {
  const { ui } = causes;
  const rowLabels: Record<CourseRowId, string> = {
    acute: ui.courseAcute,
    'nerve-root': ui.courseNerveRoot,
    relapse: ui.courseRelapse,
  };
  const links: readonly InfoLink[] = about.moreInfo;
  const sourced: SourcedText[] = [...causes.types, ...causes.recovery, ...about.prevalence, ...links];
  const sourceSections = [...new Set(sourced.map((item) => item.section))].sort((a, b) => a - b);
  return {
    title: ui.factsTitle,
    audienceLabel: audience === 'clinician' ? causes.common.ui.clinicianView : causes.common.ui.patientView,
    causesHeading: ui.title,
    typesHeading: ui.typesHeading,
    shareLabel: ui.shareLabel,
    shares: causes.types.map((type) => ({
      id: type.id,
      name: type.name,
      share: type.share,
      min: type.shareMin,
      max: type.shareMax,
    })),
    sharesSummary: causes.types.map((type) => `${type.name}: ${type.share}`).join('; '),
    courseHeading: ui.recoveryHeading,
    courseCaption: ui.courseHeading,
    stretches: [ui.courseWeeks, ui.courseMonths, ui.courseYears],
    course: COURSE.map((row) => ({ ...row, label: rowLabels[row.id] })),
    recovery: causes.recovery.map((item) => lineFor(item, audience)),
    prevalenceHeading: about.ui.prevalenceHeading,
    prevalence: about.prevalence.map((item) => lineFor(item, audience)),
    moreInfoHeading: about.ui.moreInfoHeading,
    links: links.map((link) => ({ ...lineFor(link, audience), label: link.label, url: link.url })),
    linksNote: about.ui.linksNote,
    sourceSections,
    source: sourceLine(causes.common, sourceSections),
  };
}
