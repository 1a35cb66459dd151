import type { Locale } from '../locale.js';
import type { RedFlagClinicianWording, RedFlagContent, RedFlagResult } from '../types/red-flags.js';
import { pick } from './pick.js';

/**
 * The red-flag checklist's content without its professional wording (see {@link loadRedFlagsClinician})
 * and without its result's wording (see {@link loadRedFlagsResult}).
 */
export function loadRedFlags(locale: Locale): Promise<RedFlagContent> {
  return pick(
    locale,
    () => import('../locales/nb/red-flags.js'),
    () => import('../locales/nn/red-flags.js'),
    () => import('../locales/en/red-flags.js'),
  );
}

/** The checklist's professional wording, a chunk of its own so pages for patients never download it. */
export function loadRedFlagsClinician(locale: Locale): Promise<RedFlagClinicianWording> {
  return pick(
    locale,
    () => import('../locales/nb/red-flags-clinician.js'),
    () => import('../locales/nn/red-flags-clinician.js'),
    () => import('../locales/en/red-flags-clinician.js'),
  );
}

/** The wording of the checklist's result, a chunk of its own that loads with the result card. */
export function loadRedFlagsResult(locale: Locale): Promise<RedFlagResult> {
  return pick(
    locale,
    () => import('../locales/nb/red-flags-result.js'),
    () => import('../locales/nn/red-flags-result.js'),
    () => import('../locales/en/red-flags-result.js'),
  );
}
