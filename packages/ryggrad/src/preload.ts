// `import { preloadContent } from 'ryggrad/preload.js'`: loads content before the elements render,
// for server rendering and the hydration that follows it (docs/server-rendering.html).
import { normaliseLocale, preload, ryggError, ryggWarn, UNTAGGED_LOCALE, type ContentLoader } from '@ryggrad/core';
import {
  TOPICS,
  isTopicName,
  loadAbout,
  loadActivity,
  loadActivityLongLasting,
  loadAnatomy,
  loadCauses,
  loadRedFlags,
  loadRedFlagsClinician,
  loadTreatment,
  loadWork,
  type TopicName,
} from '@ryggrad/content';

/** The loaders each topic's widgets read, including the parts only some configurations show. */
const TOPIC_PARTS: Readonly<Record<TopicName, readonly ContentLoader[]>> = {
  about: [loadAbout],
  causes: [loadCauses],
  anatomy: [loadAnatomy],
  activity: [loadActivity, loadActivityLongLasting],
  'red-flags': [loadRedFlags, loadRedFlagsClinician],
  work: [loadWork],
  treatment: [loadTreatment],
};

/**
 * Loads the content of `topics` (default: all) in the language `lang` (a tag such as `nb`,
 * `nn-NO` or `en`, read as the elements read theirs) and keeps it, so elements in that language
 * render it at once: on a server with `@lit-labs/ssr`, and in the browser's first render, which
 * hydration needs to match. Which topics a widget shows: `<rygg-red-flag-checklist>` red-flags,
 * `<rygg-spine-diagram>` anatomy, `<rygg-activity-advice>` activity, `<rygg-return-to-work>` work,
 * `<rygg-care-options>` treatment, `<rygg-back-facts>` causes and about.
 *
 * Never rejects: an unknown topic is skipped and a failed load logged, each with one console
 * message, and those elements load their content themselves as without preloading.
 */
export async function preloadContent(lang: string, topics: readonly string[] = TOPICS): Promise<void> {
  const normalised = normaliseLocale(lang);
  const locale = normalised?.locale ?? UNTAGGED_LOCALE;
  if (!normalised?.supported) ryggWarn(`preloadContent has no content in "${lang}"; preloading ${locale}.`);
  const known = topics.filter(isTopicName);
  if (known.length < topics.length) {
    const unknown = topics.filter((topic) => !isTopicName(topic));
    ryggWarn(`preloadContent skips unknown topics ${unknown.join(', ')}; expected some of: ${TOPICS.join(', ')}.`);
  }
  const loads = known.flatMap((topic) => TOPIC_PARTS[topic]).map((load) => preload(load, locale));
  const failures = (await Promise.allSettled(loads)).filter((outcome) => outcome.status === 'rejected');
  if (failures.length > 0) {
    ryggError(
      `preloadContent could not load all content in ${locale}; those elements load it themselves.`,
      failures[0]?.reason,
    );
  }
}
