import type { Locale } from './locale.js';

/**
 * The few words Ryggrad's own code shows; all clinical text comes from the content package.
 * The load-failure words stand alone because the CDN loader shows them too (when a widget's code
 * cannot be downloaded) and should not carry the rest.
 */
export const LOAD_FAILED: Readonly<Record<Locale, { failed: string; reload: string }>> = {
  nb: { failed: 'Innholdet kunne ikke lastes.', reload: 'Last inn siden på nytt.' },
  nn: { failed: 'Innhaldet kunne ikkje lastast.', reload: 'Last inn sida på nytt.' },
  en: { failed: 'The content could not be loaded.', reload: 'Please reload the page.' },
};

/** The base element's other words. */
export const CORE_STRINGS: Readonly<Record<Locale, { configFailed: string; loading: string }>> = {
  nb: { configFailed: 'Oppsettet av denne boksen har en feil.', loading: 'Laster …' },
  nn: { configFailed: 'Oppsettet av denne boksen har ein feil.', loading: 'Lastar …' },
  en: { configFailed: 'This box is set up incorrectly.', loading: 'Loading …' },
};
