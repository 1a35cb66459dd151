import { plainBlocks, plainHeading, plainList } from '@ryggrad/core';
import type { TreatmentContent } from '@ryggrad/content';
import { careView, type CareAudience, type CareTopic } from './view.js';

/**
 * Section 7 as plain text for a message or a journal note: title, who it is for, the
 * introduction, the key messages, each group with its lines, and the source line.
 */
export function careOptionsPlainText(content: TreatmentContent, topic: CareTopic, audience: CareAudience): string {
  const view = careView(content, topic, audience);
  return plainBlocks([
    `${plainHeading(view.title)}\n${view.audienceLabel}`,
    view.intro.map((line) => line.text).join('\n'),
    view.keyMessages.length > 0 &&
      `${plainHeading(view.keyMessagesHeading, '-')}\n${plainList(view.keyMessages.map((line) => line.text))}`,
    ...view.groups.map(
      (group) => `${plainHeading(group.heading, '-')}\n${plainList(group.lines.map((line) => line.text))}`,
    ),
    view.source,
  ]);
}
