import { plainBlocks, plainHeading, plainList } from '@ryggrad/core';
import { factsView, type FactsAudience, type FactsContent } from './view.js';

/**
 * The facts as plain text: the shares as "name: share" lines, each course row with the stretch
 * of time it reaches and the recovery text, how common back pain is, the places to learn more (with
 * their addresses), and the source line.
 */
export function backFactsPlainText(content: FactsContent, audience: FactsAudience): string {
  const view = factsView(content, audience);
  return plainBlocks([
    `${plainHeading(view.title)}\n${view.audienceLabel}`,
    `${plainHeading(view.causesHeading, '-')}\n${view.shareLabel}:\n${plainList(
      view.shares.map((row) => `${row.name}: ${row.share}`),
    )}`,
    `${plainHeading(view.courseHeading, '-')}\n${plainList(
      view.course.map((row) => `${row.label}: ${view.stretches[row.to] ?? ''}`),
    )}\n${plainList(view.recovery.map((line) => line.text))}`,
    `${plainHeading(view.prevalenceHeading, '-')}\n${plainList(view.prevalence.map((line) => line.text))}`,
    `${plainHeading(view.moreInfoHeading, '-')}\n${plainList(
      view.links.map((link) => `${link.label}${link.url ? ` (${link.url})` : ''}: ${link.text}`),
    )}\n${view.linksNote}`,
    view.source,
  ]);
}
