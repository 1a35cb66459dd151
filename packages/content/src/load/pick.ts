import type { Locale } from '../locale.js';

/** A locale module as a dynamic `import()` gives it. */
export type LocaleModule<T> = Promise<{ default: T }>;

/** Imports the module of `locale` and gives its default export. */
export function pick<T>(
  locale: Locale,
  nb: () => LocaleModule<T>,
  nn: () => LocaleModule<T>,
  en: () => LocaleModule<T>,
): Promise<T> {
  return (locale === 'nn' ? nn : locale === 'en' ? en : nb)().then((module) => module.default);
}
