import { LOCALES, isLocale } from './locale.js';
import type { Locale } from './locale.js';
import { TOPICS, isTopicName } from './topics.js';
import type { TopicMap, TopicName } from './topics.js';
import type { AboutContent } from './types/about.js';
import type { ActivityContent, ActivityLongLasting } from './types/activity.js';
import type { AnatomyContent } from './types/anatomy.js';
import type { CausesContent } from './types/causes.js';
import type { RedFlagClinicianWording, RedFlagContent } from './types/red-flags.js';
import type { TreatmentContent } from './types/treatment.js';
import type { WorkContent } from './types/work.js';

// Every import below is a literal path, so a bundler makes one chunk per topic per locale (plus
// one shared `common` chunk per locale): a nynorsk page never downloads English. Each topic has
// its own loader, so a widget's bundle holds the paths of its own topic only.

type Module<T> = Promise<{ default: T }>;

/** Imports the module of `locale` and gives its default export. */
function pick<T>(locale: Locale, nb: () => Module<T>, nn: () => Module<T>, en: () => Module<T>): Promise<T> {
  return (locale === 'nn' ? nn : locale === 'en' ? en : nb)().then((module) => module.default);
}

export function loadAbout(locale: Locale): Promise<AboutContent> {
  return pick(
    locale,
    () => import('./locales/nb/about.js'),
    () => import('./locales/nn/about.js'),
    () => import('./locales/en/about.js'),
  );
}

export function loadCauses(locale: Locale): Promise<CausesContent> {
  return pick(
    locale,
    () => import('./locales/nb/causes.js'),
    () => import('./locales/nn/causes.js'),
    () => import('./locales/en/causes.js'),
  );
}

export function loadAnatomy(locale: Locale): Promise<AnatomyContent> {
  return pick(
    locale,
    () => import('./locales/nb/anatomy.js'),
    () => import('./locales/nn/anatomy.js'),
    () => import('./locales/en/anatomy.js'),
  );
}

/** The activity advice without the advice for long-lasting pain (see {@link loadActivityLongLasting}). */
export function loadActivity(locale: Locale): Promise<ActivityContent> {
  return pick(
    locale,
    () => import('./locales/nb/activity.js'),
    () => import('./locales/nn/activity.js'),
    () => import('./locales/en/activity.js'),
  );
}

/** The advice for long-lasting pain, a chunk of its own so pages with the acute advice never download it. */
export function loadActivityLongLasting(locale: Locale): Promise<ActivityLongLasting> {
  return pick(
    locale,
    () => import('./locales/nb/activity-long-lasting.js'),
    () => import('./locales/nn/activity-long-lasting.js'),
    () => import('./locales/en/activity-long-lasting.js'),
  );
}

/** The whole activity topic, with the advice for long-lasting pain. */
async function loadActivityTopic(locale: Locale): Promise<ActivityContent> {
  const [content, longLasting] = await Promise.all([loadActivity(locale), loadActivityLongLasting(locale)]);
  return { ...content, ...longLasting };
}

/** The red-flag checklist's content without its professional wording (see {@link loadRedFlagsClinician}). */
export function loadRedFlags(locale: Locale): Promise<RedFlagContent> {
  return pick(
    locale,
    () => import('./locales/nb/red-flags.js'),
    () => import('./locales/nn/red-flags.js'),
    () => import('./locales/en/red-flags.js'),
  );
}

/** The checklist's professional wording, a chunk of its own so pages for patients never download it. */
export function loadRedFlagsClinician(locale: Locale): Promise<RedFlagClinicianWording> {
  return pick(
    locale,
    () => import('./locales/nb/red-flags-clinician.js'),
    () => import('./locales/nn/red-flags-clinician.js'),
    () => import('./locales/en/red-flags-clinician.js'),
  );
}

/** The whole red-flag topic: the content with its professional wording. */
async function loadRedFlagTopic(locale: Locale): Promise<RedFlagContent> {
  const [content, clinician] = await Promise.all([loadRedFlags(locale), loadRedFlagsClinician(locale)]);
  return { ...content, clinician };
}

export function loadWork(locale: Locale): Promise<WorkContent> {
  return pick(
    locale,
    () => import('./locales/nb/work.js'),
    () => import('./locales/nn/work.js'),
    () => import('./locales/en/work.js'),
  );
}

export function loadTreatment(locale: Locale): Promise<TreatmentContent> {
  return pick(
    locale,
    () => import('./locales/nb/treatment.js'),
    () => import('./locales/nn/treatment.js'),
    () => import('./locales/en/treatment.js'),
  );
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
