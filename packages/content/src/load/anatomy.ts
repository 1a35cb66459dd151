import type { Locale } from '../locale.js';
import type { AnatomyContent } from '../types/anatomy.js';
import { pick } from './pick.js';

export function loadAnatomy(locale: Locale): Promise<AnatomyContent> {
  return pick(
    locale,
    () => import('../locales/nb/anatomy.js'),
    () => import('../locales/nn/anatomy.js'),
    () => import('../locales/en/anatomy.js'),
  );
}
