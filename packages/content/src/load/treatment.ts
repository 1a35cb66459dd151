import type { Locale } from '../locale.js';
import type { TreatmentContent } from '../types/treatment.js';
import { pick } from './pick.js';

export function loadTreatment(locale: Locale): Promise<TreatmentContent> {
  return pick(
    locale,
    () => import('../locales/nb/treatment.js'),
    () => import('../locales/nn/treatment.js'),
    () => import('../locales/en/treatment.js'),
  );
}
