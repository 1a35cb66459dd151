import type { Locale } from '@ryggrad/content';

export type { Locale };

/**
 * The tags to format dates and numbers with, best first. A browser without nynorsk data would
 * otherwise fall back to its own default (often American English); bokmål is the close second.
 */
export const INTL_LOCALES: Readonly<Record<Locale, readonly string[]>> = {
  nb: ['nb-NO', 'no', 'nn-NO'],
  nn: ['nn-NO', 'nb-NO', 'no'],
  en: ['en-GB', 'en'],
};

/** The outcome of reading a language tag: the locale to use and whether the tag was one we speak. */
export interface NormalisedLocale {
  locale: Locale;
  /** False when the tag named a language Ryggrad has no content for and a fallback was chosen. */
  supported: boolean;
}

/**
 * Reads a real-world language tag (`no`, `nb-NO`, `nn_NO`, `en-GB`, `EN`) and maps it to a
 * supported locale. Norwegian tags we do not speak (`se-NO`, `no-x-…`) fall back to bokmål, the
 * written standard most Norwegian readers share; any other language falls back to English.
 * Returns `undefined` for an empty tag, so the caller can look further up the tree.
 */
export function normaliseLocale(tag: string | null | undefined): NormalisedLocale | undefined {
  const cleaned = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (cleaned === '') return undefined;
  const [language = '', ...rest] = cleaned.split('-');
  switch (language) {
    case 'nb':
    case 'no':
    case 'nor':
    case 'nob':
      return { locale: 'nb', supported: true };
    case 'nn':
    case 'nno':
      return { locale: 'nn', supported: true };
    case 'en':
    case 'eng':
      return { locale: 'en', supported: true };
  }
  const isNorwegianRegion = rest.includes('no');
  return { locale: isNorwegianRegion ? 'nb' : 'en', supported: false };
}

/**
 * The language that applies to an element: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else the document's. Returns the raw tag, or '' when none is set.
 */
export function inheritedLanguageTag(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const tag = node.getAttribute('lang');
      if (tag !== null && tag.trim() !== '') return tag;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.getAttribute('lang') ?? '';
}
