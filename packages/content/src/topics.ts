import type { SectionNumber } from './source.js';
import type { AboutContent } from './types/about.js';
import type { ActivityContent } from './types/activity.js';
import type { AnatomyContent } from './types/anatomy.js';
import type { CausesContent } from './types/causes.js';
import type { RedFlagContent, RedFlagResult } from './types/red-flags.js';
import type { TreatmentContent } from './types/treatment.js';
import type { WorkContent } from './types/work.js';

/** Every topic and the shape of its content. */
export interface TopicMap {
  about: AboutContent;
  causes: CausesContent;
  anatomy: AnatomyContent;
  activity: ActivityContent;
  'red-flags': RedFlagContent & RedFlagResult;
  work: WorkContent;
  treatment: TreatmentContent;
}

export type TopicName = keyof TopicMap;

export const TOPICS: readonly TopicName[] = Object.freeze([
  'about',
  'causes',
  'anatomy',
  'activity',
  'red-flags',
  'work',
  'treatment',
] as const);

/** The brochure sections each topic draws on. */
export const TOPIC_SECTIONS: Readonly<Record<TopicName, readonly SectionNumber[]>> = Object.freeze({
  about: [10, 11],
  causes: [1, 8],
  anatomy: [2, 3, 4],
  activity: [5, 7, 9],
  'red-flags': [6],
  work: [5, 7],
  treatment: [7],
});

/** True when `value` is one of {@link TOPICS}. */
export function isTopicName(value: unknown): value is TopicName {
  return typeof value === 'string' && (TOPICS as readonly string[]).includes(value);
}
