import { LOCALES, isLocale } from './locale.js';
import type { Locale } from './locale.js';
import { TOPICS, isTopicName } from './topics.js';
import type { TopicMap, TopicName } from './topics.js';
import type { CommonStrings } from './types/common.js';

// Every import below is a literal path, so a bundler makes one chunk per topic per locale (plus
// one shared `common` chunk per locale): a nynorsk page never downloads English.

function loadNb(topic: TopicName): Promise<TopicMap[TopicName]> {
  switch (topic) {
    case 'about':
      return import('./locales/nb/about.js').then((m) => m.default);
    case 'causes':
      return import('./locales/nb/causes.js').then((m) => m.default);
    case 'anatomy':
      return import('./locales/nb/anatomy.js').then((m) => m.default);
    case 'activity':
      return import('./locales/nb/activity.js').then((m) => m.default);
    case 'red-flags':
      return import('./locales/nb/red-flags.js').then((m) => m.default);
    case 'work':
      return import('./locales/nb/work.js').then((m) => m.default);
    case 'treatment':
      return import('./locales/nb/treatment.js').then((m) => m.default);
  }
}

function loadNn(topic: TopicName): Promise<TopicMap[TopicName]> {
  switch (topic) {
    case 'about':
      return import('./locales/nn/about.js').then((m) => m.default);
    case 'causes':
      return import('./locales/nn/causes.js').then((m) => m.default);
    case 'anatomy':
      return import('./locales/nn/anatomy.js').then((m) => m.default);
    case 'activity':
      return import('./locales/nn/activity.js').then((m) => m.default);
    case 'red-flags':
      return import('./locales/nn/red-flags.js').then((m) => m.default);
    case 'work':
      return import('./locales/nn/work.js').then((m) => m.default);
    case 'treatment':
      return import('./locales/nn/treatment.js').then((m) => m.default);
  }
}

function loadEn(topic: TopicName): Promise<TopicMap[TopicName]> {
  switch (topic) {
    case 'about':
      return import('./locales/en/about.js').then((m) => m.default);
    case 'causes':
      return import('./locales/en/causes.js').then((m) => m.default);
    case 'anatomy':
      return import('./locales/en/anatomy.js').then((m) => m.default);
    case 'activity':
      return import('./locales/en/activity.js').then((m) => m.default);
    case 'red-flags':
      return import('./locales/en/red-flags.js').then((m) => m.default);
    case 'work':
      return import('./locales/en/work.js').then((m) => m.default);
    case 'treatment':
      return import('./locales/en/treatment.js').then((m) => m.default);
  }
}

/**
 * Loads one topic in one locale. Resolves with the topic's content (which carries the locale's
 * `common` strings); rejects with an Error naming the problem for an unknown topic or locale.
 */
export function loadTopic<T extends TopicName>(topic: T, locale: Locale): Promise<TopicMap[T]> {
  if (!isTopicName(topic)) {
    return Promise.reject(new Error(`Unknown topic ${JSON.stringify(String(topic))}; expected one of: ${TOPICS.join(', ')}`));
  }
  if (!isLocale(locale)) {
    return Promise.reject(new Error(`Unknown locale ${JSON.stringify(String(locale))}; expected one of: ${LOCALES.join(', ')}`));
  }
  const loader = locale === 'nb' ? loadNb : locale === 'nn' ? loadNn : loadEn;
  return loader(topic) as Promise<TopicMap[T]>;
}

/** Loads only the shared strings of a locale (loading and error texts, headings, disclaimer). */
export function loadCommon(locale: Locale): Promise<CommonStrings> {
  switch (locale) {
    case 'nb':
      return import('./locales/nb/common.js').then((m) => m.default);
    case 'nn':
      return import('./locales/nn/common.js').then((m) => m.default);
    case 'en':
      return import('./locales/en/common.js').then((m) => m.default);
    default:
      return Promise.reject(new Error(`Unknown locale ${JSON.stringify(String(locale))}; expected one of: ${LOCALES.join(', ')}`));
  }
}
