import type { RedFlagClinicianWording } from '../../types/red-flags.js';

/** The professional wording of the checklist, for the clinician audience (loaded only for it). */
const wording: RedFlagClinicianWording = {
  legend: 'Red flags – tick those present.',
  noneOfThese: 'No red flags',
  plainTextTitle: 'Red flags in back pain',
  flags: {
    urination: 'New disturbance of micturition (possible cauda equina syndrome)',
    'saddle-numbness': 'Numbness in the perineal area / saddle anaesthesia (possible cauda equina syndrome)',
    unsure: 'Patient is uncertain about the cause of the symptoms',
    'uncontrolled-pain': 'Severe pain not adequately relieved by analgesics or offloading',
    weakness: 'Reduced muscle strength in thigh, calf or foot (motor deficit)',
    'weight-loss': 'Unintended weight loss',
    fever: 'Fever',
    'feeling-ill': 'General malaise',
    accident: 'Considerable pain after trauma (accident)',
  },
  tiers: {
    emergency: {
      heading: 'Immediate medical assessment',
      action: 'Refer for immediate medical assessment: legevakt 116 117, or 113 if life-threatening.',
    },
    'seek-help': {
      heading: 'Clinical assessment recommended',
      action:
        'Assessment by the GP or another authorised health professional (doctor, physiotherapist, chiropractor, ' +
        'manual therapist).',
    },
    'self-care': {
      heading: 'No red flags ticked',
      action: 'Advice on activity and self-care as in section 5.',
    },
  },
};

export default wording;
