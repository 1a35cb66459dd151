import type { Locale } from '../locale.js';
import type { AboutContent } from '../types/about.js';
import { pick } from './pick.js';

export function loadAbout(locale: Locale): Promise<AboutContent> {
  return pick(
    locale,
    () => import('../locales/nb/about.js'),
    () => import('../locales/nn/about.js'),
    () => import('../locales/en/about.js'),
  );
}
