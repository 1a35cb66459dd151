import type { Locale } from './locale.js';

/** A loader of one part of the content in one locale (`loadRedFlags`, `loadAnatomy`, …). */
export type ContentLoader<T = unknown> = (locale: Locale) => Promise<T>;

/**
 * Content a page loaded before its elements render (see `preloadContent` in the package), by
 * loader and locale. Read synchronously, so a server renders the real content in one pass and
 * the browser's first render matches it for hydration. Empty unless a page preloads.
 */
const cache = new Map<ContentLoader, Map<Locale, unknown>>();

/** The value `load` gave for `locale` if it was preloaded, else undefined. */
export function preloaded<T>(load: ContentLoader<T>, locale: Locale): T | undefined {
  return cache.get(load)?.get(locale) as T | undefined;
}

/** Loads `load(locale)` and keeps the value for {@link preloaded}. Rejects as `load` does. */
export async function preload(load: ContentLoader, locale: Locale): Promise<void> {
  remember(load, locale, await load(locale));
}

/**
 * Keeps `value` as what `load` gives for `locale`, for {@link preloaded}: for words a bundle
 * already holds (a standalone file's language), so its elements render them in their first update.
 */
export function remember<T>(load: ContentLoader<T>, locale: Locale, value: T): void {
  const byLocale = cache.get(load) ?? new Map<Locale, unknown>();
  byLocale.set(locale, value);
  cache.set(load, byLocale);
}
