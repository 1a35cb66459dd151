import type { LeafletFrame } from '@ryggrad/core';
import { sourceLine } from '@ryggrad/content';
import type { ActivityContent, ActivityVariant, SectionNumber, SourcedText } from '@ryggrad/content';

/** The variants the `variant` attribute accepts; the first is the default. */
export const ACTIVITY_VARIANTS: readonly ActivityVariant[] = ['acute', 'long-lasting'];

/** One block of advice: a heading and its items, in brochure order. */
export interface AdviceSection {
  readonly id: string;
  readonly heading: string;
  readonly items: readonly SourcedText[];
}

/** Everything the widget shows for one variant, in reading order. */
export interface ActivityView extends LeafletFrame {
  readonly variant: ActivityVariant;
  /** The one message to remember ("the back is made for movement"), shown with emphasis. */
  readonly keyMessage: SourcedText;
  readonly sections: readonly AdviceSection[];
  /** The brochure sections the view draws on, in brochure order. */
  readonly sourceSections: readonly SectionNumber[];
}

/**
 * Chooses and orders the advice for a variant. Acute pain: stay active and painkillers
 * (section 5). Long-lasting pain: guided exercise, referral and self-help (section 7), and
 * preventing relapse (section 9).
 */
export function activityView(content: ActivityContent, variant: ActivityVariant): ActivityView {
  const { ui } = content;
  const sections: AdviceSection[] =
    variant === 'long-lasting'
      ? [
          { id: 'long-lasting', heading: ui.longLasting, items: content.longLasting ?? [] },
          { id: 'prevention', heading: ui.prevention, items: content.prevention ?? [] },
        ]
      : [
          { id: 'stay-active', heading: ui.stayActive, items: content.acute },
          { id: 'painkillers', heading: ui.painkillers, items: content.painkillers },
        ];
  const sourceSections = sectionsOf([content.keyMessage, ...sections.flatMap((section) => section.items)]);
  return {
    variant,
    title: variant === 'long-lasting' ? ui.titleLongLasting : ui.title,
    keyMessage: content.keyMessage,
    sections,
    sourceSections,
    source: sourceLine(content.common, sourceSections),
  };
}

/** The distinct brochure sections a list of items cites, in ascending order. */
export function sectionsOf(items: readonly SourcedText[]): SectionNumber[] {
  return [...new Set(items.map((item) => item.section))].sort((a, b) => a - b);
}
