import type { Audience, LeafletFrame } from '@ryggrad/core';
import { sourceLine } from '@ryggrad/content';
import type { SectionNumber, SourcedText, WorkContent } from '@ryggrad/content';

/** Everything the widget shows for one audience, in reading order (the checklist aside). */
export interface WorkView extends LeafletFrame {
  readonly audience: Audience;
  readonly audienceLabel: string;
  /** The message to remember, shown with emphasis. */
  readonly keyMessage: string;
  readonly heading: string;
  readonly items: readonly SourcedText[];
  /** The brochure sections the items draw on, ascending. */
  readonly sourceSections: readonly SectionNumber[];
}

/** Chooses the wording for an audience: plain advice for the patient, short guidance for the clinician. */
export function workView(content: WorkContent, audience: Audience): WorkView {
  const { ui } = content;
  const clinician = audience === 'clinician';
  const items = clinician ? content.clinician : content.items;
  const sourceSections = [...new Set(items.map((item) => item.section))].sort((a, b) => a - b);
  return {
    audience,
    title: content.title,
    audienceLabel: clinician ? ui.clinicianView : ui.patientView,
    keyMessage: ui.keyMessage,
    heading: clinician ? ui.clinicianHeading : ui.itemsHeading,
    items,
    sourceSections,
    source: sourceLine(content.common, sourceSections),
  };
}
