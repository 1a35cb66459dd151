import type { Locale } from '../locale.js';
import type { CausesContent } from '../types/causes.js';
import { pick } from './pick.js';

export function loadCauses(locale: Locale): Promise<CausesContent> {
  return pick(
    locale,
    () => import('../locales/nb/causes.js'),
    () => import('../locales/nn/causes.js'),
    () => import('../locales/en/causes.js'),
  );
}
