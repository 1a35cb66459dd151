/** The languages Ryggrad's content is written in. */
export type Locale = 'nb' | 'nn' | 'en';

/** Every supported locale; bokmål (the brochure's language) first. */
export const LOCALES: readonly Locale[] = Object.freeze(['nb', 'nn', 'en'] as const);

/** The locale used when nothing better matches. */
export const DEFAULT_LOCALE: Locale = 'nb';

/** True when `value` is one of {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return value === 'nb' || value === 'nn' || value === 'en';
}

/**
 * Maps a BCP 47 language tag (from a `lang` attribute or `navigator.languages`) to a supported
 * locale: `nb`, `nb-NO`, `no`, `nob` → nb; `nn`, `nn-NO`, `nno` → nn; `en`, `en-GB`, `eng` → en.
 * Anything else gives `fallback`.
 */
export function resolveLocale(tag: string | null | undefined, fallback: Locale = DEFAULT_LOCALE): Locale {
  if (typeof tag !== 'string') return fallback;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  switch (primary) {
    case 'nb':
    case 'no':
    case 'nob':
    case 'nor':
      return 'nb';
    case 'nn':
    case 'nno':
      return 'nn';
    case 'en':
    case 'eng':
      return 'en';
    default:
      return fallback;
  }
}
