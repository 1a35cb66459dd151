import { plainBlocks, plainHeading, plainList } from '@ryggrad/core';
import type { ActivityContent, ActivityVariant } from '@ryggrad/content';
import { activityView } from './view.js';

/**
 * The advice of one variant as plain text, for an e-mail, a message or a journal note: the
 * title, the key message, each section with its items, and the source line.
 */
export function activityPlainText(content: ActivityContent, variant: ActivityVariant): string {
  const view = activityView(content, variant);
  return plainBlocks([
    plainHeading(view.title),
    view.keyMessage.text,
    ...view.sections.map(
      (section) => `${plainHeading(section.heading, '-')}\n${plainList(section.items.map((item) => item.text))}`,
    ),
    view.source,
  ]);
}
