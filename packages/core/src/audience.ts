/** Who a widget speaks to: plain words for a patient, or concise professional wording. */
export const AUDIENCES = ['patient', 'clinician'] as const;

export type Audience = (typeof AUDIENCES)[number];
