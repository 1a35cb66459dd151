import type { RedFlagClinicianWording } from '../../types/red-flags.js';

/** The professional wording of the checklist, for the clinician audience (loaded only for it). */
const wording: RedFlagClinicianWording = {
  legend: 'Warning signs (red flags and other reasons for assessment) – tick those present.',
  noneOfThese: 'None of these signs present',
  plainTextTitle: 'Warning signs in back pain',
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
      heading: 'Possible cauda equina syndrome: acute hospital referral',
      action: 'Refer acutely to hospital for assessment and MRI the same day. Call 113 if life-threatening.',
    },
    'seek-help': {
      heading: 'Clinical assessment recommended',
      action:
        'Assessment by the GP or another authorised health professional (doctor, physiotherapist, chiropractor, ' +
        'manual therapist).',
    },
    'self-care': {
      heading: 'None of the signs ticked',
      action:
        'Advice on activity and self-care as in section 5; seek help if the pain becomes very troublesome or ' +
        'lasts unreasonably long (section 7).',
    },
  },
  routes: {
    'doctor-today': {
      heading: 'Medical assessment the same day',
      action:
        'Same-day assessment by a doctor (GP; legevakt 116 117 out of hours) for infection or fracture; ' +
        'blood tests and imaging as indicated.',
    },
    'doctor-soon': {
      heading: 'Medical assessment soon',
      action:
        'Prompt assessment of the motor deficit by a doctor (GP); at once if it progresses (legevakt 116 117 out of hours).',
    },
    doctor: {
      heading: 'Medical assessment',
      action:
        'Assessment by a doctor (GP; legevakt 116 117 out of hours) for malignancy or infection; blood tests ' +
        'and imaging as indicated.',
    },
  },
};

export default wording;
