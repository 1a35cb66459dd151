import { AUDIENCES, type Audience, type LeafletFrame, type LeafletLine } from '@ryggrad/core';
import { TREATMENT_GROUP_IDS, sourceLine, wordingFor } from '@ryggrad/content';
import type { SectionNumber, SourcedText, TreatmentContent, TreatmentGroupId } from '@ryggrad/content';

/** Who the text is for: the patient (default), or a clinician (short professional wording). */
export type CareAudience = Audience;

/** The audiences the `audience` attribute accepts; the first is the default. */
export const CARE_AUDIENCES: readonly CareAudience[] = AUDIENCES;

/** What the `topic` attribute can show: everything, or one group of section 7. */
export type CareTopic = 'all' | TreatmentGroupId;

/** The topics the `topic` attribute accepts; the first is the default. */
export const CARE_TOPICS: readonly CareTopic[] = ['all', ...TREATMENT_GROUP_IDS];

/** One thing the professionals can do: a heading and its lines, in brochure order. */
export interface CareGroup {
  readonly id: TreatmentGroupId;
  readonly heading: string;
  readonly lines: readonly LeafletLine[];
}

/** Everything the widget shows for one topic and audience, in reading order (title, audience line and source: `LeafletFrame`). */
export interface CareView extends LeafletFrame {
  readonly audienceLabel: string;
  /** The introduction (who can help, the aim); for patients, and only with every topic. */
  readonly intro: readonly LeafletLine[];
  /** The short messages to remember, with every topic only; empty for one topic. */
  readonly keyMessagesHeading: string;
  readonly keyMessages: readonly LeafletLine[];
  readonly groups: readonly CareGroup[];
  /** The brochure sections the view draws on, ascending. */
  readonly sourceSections: readonly SectionNumber[];
}

/** The item in the audience's wording: the clinician's short form where the content has one. */
export function lineFor(item: SourcedText, audience: CareAudience): LeafletLine {
  return { id: item.id, text: wordingFor(item, audience) };
}

/**
 * Chooses what section 7 shows: every group with the introduction and the key messages, or one
 * group alone (a page about scans needs only the imaging part), in the audience's wording.
 * Clinicians get the groups without the patient's introduction.
 */
export function careView(content: TreatmentContent, topic: CareTopic, audience: CareAudience): CareView {
  const all = topic === 'all';
  const chosen = all ? content.groups : content.groups.filter((group) => group.id === topic);
  const intro = all && audience === 'patient' ? content.intro : [];
  const keyMessages = all ? content.keyMessages : [];
  const sourced = [...intro, ...keyMessages, ...chosen.flatMap((group) => group.items)];
  const sourceSections = [...new Set(sourced.map((item) => item.section))].sort((a, b) => a - b);
  return {
    title: content.ui.title,
    audienceLabel: audience === 'clinician' ? content.common.ui.clinicianView : content.common.ui.patientView,
    intro: intro.map((item) => lineFor(item, audience)),
    keyMessagesHeading: content.ui.keyMessagesHeading,
    keyMessages: keyMessages.map((item) => lineFor(item, audience)),
    groups: chosen.map((group) => ({
      id: group.id,
      heading: group.heading,
      lines: group.items.map((item) => lineFor(item, audience)),
    })),
    sourceSections,
    source: sourceLine(content.common, sourceSections),
  };
}
