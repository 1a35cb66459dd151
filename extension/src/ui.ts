import { platform } from './platform.js';
import type { Audience, PatientLanguage, Settings } from './settings/settings.js';

/** An extension UI string in the browser's language. */
export function msg(key: string, substitutions?: string | string[]): string {
  return platform().message(key, substitutions);
}

/** The browser UI language as a BCP 47 tag for the page's `lang` ("en_US" → "en-US"). */
export function uiLanguageTag(): string {
  return platform().uiLanguage().replace(/_/g, '-') || 'en';
}

/**
 * The patient languages in their own names: a clinician whose browser speaks English still sees
 * "Nynorsk", and screen readers pronounce each in its language (`lang` on the label).
 */
export const LANGUAGE_NAMES: Readonly<Record<PatientLanguage, string>> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** The message keys of the audience names. */
export const AUDIENCE_KEYS: Readonly<Record<Audience, string>> = {
  patient: 'audiencePatient',
  clinician: 'audienceClinician',
};

/** Applies theme and text size to a page; the page's CSS reads the two data attributes. */
export function applyAppearance(root: HTMLElement, settings: Pick<Settings, 'theme' | 'textSize'>): void {
  root.dataset.theme = settings.theme;
  root.dataset.textSize = String(settings.textSize);
}

/** Sets the page's language and title from the extension's UI strings. */
export function prepareDocument(titleKey: string, substitutions?: string | string[]): void {
  document.documentElement.lang = uiLanguageTag();
  document.title = msg(titleKey, substitutions);
}

/** Fills every `[data-i18n]` element of a static page with its UI string. */
export function localisePage(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = msg(element.dataset.i18n ?? '');
  }
}
