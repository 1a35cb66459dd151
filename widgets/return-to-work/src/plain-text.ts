import { plainBlocks, plainDate, plainHeading, plainList, type Audience } from '@ryggrad/core';
import type { WorkChecklist, WorkContent } from '@ryggrad/content';
import { formatPercentage, hasEntries, parseIsoDate, type ChecklistEntries } from './checklist.js';
import { workView } from './view.js';

/** One answer of the checklist: on the label's line, or under it when it runs over several lines. */
function answer(label: string, value: string): string {
  const text = value.trim();
  return text.includes('\n') ? `${label}:\n${text}` : `${label}: ${text}`;
}

/**
 * The filled-in checklist as label–answer lines, in the order of the form; only answered fields
 * appear. Returns '' when nothing is filled in.
 */
export function checklistPlainText(
  labels: WorkChecklist,
  entries: ChecklistEntries,
  locale: WorkContent['common']['locale'],
): string {
  if (!hasEntries(entries)) return '';
  const date = parseIsoDate(entries.followUpDate);
  const lines = [
    entries.tasksThatWork.trim() && answer(labels.tasksThatWork, entries.tasksThatWork),
    entries.tasksToAdjust.trim() && answer(labels.tasksToAdjust, entries.tasksToAdjust),
    entries.gradedPercentage !== null &&
      answer(labels.gradedPercentage, formatPercentage(entries.gradedPercentage, locale)),
    date && answer(labels.followUpDate, plainDate(date, locale)),
    entries.notes.trim() && answer(labels.notes, entries.notes),
  ].filter((line): line is string => typeof line === 'string' && line !== '');
  return `${plainHeading(labels.heading, '-')}\n${lines.join('\n')}`;
}

/**
 * "Jobb med ryggen din" as plain text for a message or a journal note: title, who it is for, the
 * key message, every item, the filled-in checklist (when given and not empty), and the source line.
 */
export function returnToWorkPlainText(content: WorkContent, audience: Audience, entries?: ChecklistEntries): string {
  const view = workView(content, audience);
  return plainBlocks([
    `${plainHeading(view.title)}\n${view.audienceLabel}`,
    view.keyMessage,
    `${plainHeading(view.heading, '-')}\n${plainList(view.items.map((item) => item.text))}`,
    entries && checklistPlainText(content.checklist, entries, content.common.locale),
    view.source,
  ]);
}
