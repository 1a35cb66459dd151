import type { Locale } from '../locale.js';
import type { WorkContent } from '../types/work.js';
import { pick } from './pick.js';

export function loadWork(locale: Locale): Promise<WorkContent> {
  return pick(
    locale,
    () => import('../locales/nb/work.js'),
    () => import('../locales/nn/work.js'),
    () => import('../locales/en/work.js'),
  );
}
