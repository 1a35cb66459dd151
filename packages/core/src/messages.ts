import type { Locale } from './locale.js';

/**
 * The few words Ryggrad's own code shows (the base element, and the CDN loader when a widget's
 * code cannot be downloaded); all clinical text comes from the content package.
 */
export const CORE_STRINGS: Readonly<
  Record<Locale, { loadFailed: string; reload: string; configFailed: string; loading: string }>
> = {
  nb: {
    loadFailed: 'Innholdet kunne ikke lastes.',
    reload: 'Last inn siden på nytt.',
    configFailed: 'Oppsettet av denne boksen har en feil.',
    loading: 'Laster …',
  },
  nn: {
    loadFailed: 'Innhaldet kunne ikkje lastast.',
    reload: 'Last inn sida på nytt.',
    configFailed: 'Oppsettet av denne boksen har ein feil.',
    loading: 'Lastar …',
  },
  en: {
    loadFailed: 'The content could not be loaded.',
    reload: 'Please reload the page.',
    configFailed: 'This box is set up incorrectly.',
    loading: 'Loading …',
  },
};
