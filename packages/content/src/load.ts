import { LOCALES, isLocale } from './locale.js';
import type { Locale } from './locale.js';
import { TOPICS, isTopicName } from './topics.js';
import type { TopicMap, TopicName } from './topics.js';
import type { ActivityContent } from './types/activity.js';
import type { RedFlagContent, RedFlagResult } from './types/red-flags.js';
import { loadAbout } from './load/about.js';
import { loadActivity, loadActivityLongLasting } from './load/activity.js';
import { loadAnatomy } from './load/anatomy.js';
import { loadCauses } from './load/causes.js';
import { loadRedFlags, loadRedFlagsClinician, loadRedFlagsResult } from './load/red-flags.js';
import { loadTreatment } from './load/treatment.js';
import { loadWork } from './load/work.js';

// Each topic's loader is a module of its own under load/ (index.ts exports them), so a widget's
// chunk holds the import paths of its own topic only and the shared code holds none. Every import
// there is a literal path, so a bundler makes one chunk per topic per locale (plus one shared
// `common` chunk per locale): a nynorsk page never downloads English.

/** The whole activity topic, with the advice for long-lasting pain. */
async function loadActivityTopic(locale: Locale): Promise<ActivityContent> {
  const [content, longLasting] = await Promise.all([loadActivity(locale), loadActivityLongLasting(locale)]);
  return { ...content, ...longLasting };
}

/** The whole red-flag topic: the content with its result's and its professional wording. */
async function loadRedFlagTopic(locale: Locale): Promise<RedFlagContent & RedFlagResult> {
  const [content, result, clinician] = await Promise.all([
    loadRedFlags(locale),
    loadRedFlagsResult(locale),
    loadRedFlagsClinician(locale),
  ]);
  return { ...content, ...result, clinician };
}

const TOPIC_LOADERS: { [T in TopicName]: (locale: Locale) => Promise<TopicMap[T]> } = {
  about: loadAbout,
  causes: loadCauses,
  anatomy: loadAnatomy,
  activity: loadActivityTopic,
  'red-flags': loadRedFlagTopic,
  work: loadWork,
  treatment: loadTreatment,
};

/**
 * Loads one topic in one locale. Resolves with the topic's content (which carries the locale's
 * `common` strings); rejects with an Error naming the problem for an unknown topic or locale.
 */
export function loadTopic<T extends TopicName>(topic: T, locale: Locale): Promise<TopicMap[T]> {
  if (!isTopicName(topic)) {
    return Promise.reject(
      new Error(`Unknown topic ${JSON.stringify(String(topic))}; expected one of: ${TOPICS.join(', ')}`),
    );
  }
  if (!isLocale(locale)) {
    return Promise.reject(
      new Error(`Unknown locale ${JSON.stringify(String(locale))}; expected one of: ${LOCALES.join(', ')}`),
    );
  }
  return TOPIC_LOADERS[topic](locale);
}
