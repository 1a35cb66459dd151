import type { RedFlagResult } from '../../types/red-flags.js';

/** The self-care result opens with the first point of its advice: one text, so the card says it once. */
const STAY_ACTIVE = 'Keep your activity as normal and varied as you can.';

/** What the result card says (section 6, with the self-care points of section 5): loaded with the card. */
const content: RedFlagResult = {
  tiers: {
    emergency: {
      heading: 'Contact a doctor now',
      levelText: 'Immediate action required',
      action: 'Call the out-of-hours doctor (legevakt) on 116 117 now. If it is life-threatening, call 113.',
    },
    'seek-help': {
      heading: 'Contact your GP or another health professional',
      levelText: 'Should be assessed by a health professional',
      action:
        'Contact your GP (fastlege) or another authorised health professional – a doctor, physiotherapist, ' +
        'chiropractor or manual therapist – to be examined.',
    },
    'self-care': {
      heading: 'Look after yourself by staying active',
      levelText: 'Self-care advice',
      action:
        `${STAY_ACTIVE} Get help if the pain becomes very troublesome or ` +
        'lasts an unreasonably long time, or if you later notice anything on the list.',
    },
  },
  routes: {
    'doctor-today': {
      heading: 'Contact a doctor today',
      levelText: 'Should see a doctor today',
      action:
        'Contact your GP (fastlege) today. If the surgery is closed, call the out-of-hours doctor (legevakt) on 116 117.',
    },
    'doctor-soon': {
      heading: 'Contact a doctor soon',
      levelText: 'Should see a doctor soon',
      action:
        'Book an appointment with your GP (fastlege) soon. If the weakness gets worse, contact a doctor at once: ' +
        'call the out-of-hours doctor (legevakt) on 116 117 if the surgery is closed.',
    },
    doctor: {
      heading: 'Contact a doctor',
      levelText: 'Should be examined by a doctor',
      action:
        'Contact your GP (fastlege) to be examined by a doctor. If you need a doctor while the surgery is closed, ' +
        'call the out-of-hours doctor (legevakt) on 116 117.',
    },
  },
  selfCareSummary: [
    STAY_ACTIVE,
    'Lie down as little as possible, and switch between rest and movement.',
    'Non-prescription painkillers taken at regular intervals can make it easier to stay active.',
    'It is not dangerous if it hurts when you move.',
  ],
  adviceLinkText: 'Read the advice on activity',
};

export default content;
