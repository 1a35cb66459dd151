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
 * The one reading of a language tag in Ryggrad (widgets, CDN loader, docs), case- and
 * separator-blind (`nn_NO` = `nn-no`), by its language subtag only:
 * - `nb`, `no`, `nob`, `nor` → bokmål; `nn`, `nno` → nynorsk; `en`, `eng` → English (supported);
 * - `se`, `sme` (Northern Sami) → bokmål, the closest Norwegian content (a fallback);
 * - any other language → English (a fallback); the caller warns once per tag.
 * Returns `undefined` for an empty tag, so the caller can look further up the tree.
 */
export function normaliseLocale(tag: string | null | undefined): NormalisedLocale | undefined {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  switch (language) {
    case '':
      return undefined;
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
    case 'se':
    case 'sme':
      return { locale: 'nb', supported: false };
    default:
      return { locale: 'en', supported: false };
  }
}

/** The locale for a page or element with no language tag at all: the brochure's, bokmål. */
export const UNTAGGED_LOCALE: Locale = 'nb';

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

/** The locale that applies to an element ({@link inheritedLanguageTag}, then {@link normaliseLocale}). */
export function localeOf(element: Element): Locale {
  return normaliseLocale(inheritedLanguageTag(element))?.locale ?? UNTAGGED_LOCALE;
}
