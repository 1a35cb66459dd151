import type { Locale } from '../locale.js';
import type { ActivityContent, ActivityLongLasting } from '../types/activity.js';
import { pick } from './pick.js';

/** The activity advice without the advice for long-lasting pain (see {@link loadActivityLongLasting}). */
export function loadActivity(locale: Locale): Promise<ActivityContent> {
  return pick(
    locale,
    () => import('../locales/nb/activity.js'),
    () => import('../locales/nn/activity.js'),
    () => import('../locales/en/activity.js'),
  );
}

/** The advice for long-lasting pain, a chunk of its own so pages with the acute advice never download it. */
export function loadActivityLongLasting(locale: Locale): Promise<ActivityLongLasting> {
  return pick(
    locale,
    () => import('../locales/nb/activity-long-lasting.js'),
    () => import('../locales/nn/activity-long-lasting.js'),
    () => import('../locales/en/activity-long-lasting.js'),
  );
}
