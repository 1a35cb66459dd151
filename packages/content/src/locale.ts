/** The languages Ryggrad's content is written in. */
export type Locale = 'nb' | 'nn' | 'en';

/** Every supported locale; bokmål (the brochure's language) first. */
export const LOCALES: readonly Locale[] = Object.freeze(['nb', 'nn', 'en'] as const);

/** True when `value` is one of {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return value === 'nb' || value === 'nn' || value === 'en';
}
