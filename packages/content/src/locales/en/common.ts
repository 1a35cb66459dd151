// Only the title, so the rest of SOURCE stays out of each language's chunk.
import { SOURCE_TITLE } from '../../source.js';
import type { CommonStrings } from '../../types/common.js';

const common: CommonStrings = {
  locale: 'en',
  languageName: 'English',
  source: {
    label: 'Source',
    section: 'section',
    sections: 'sections',
    title: SOURCE_TITLE,
    titleInLocale: 'Worth knowing about back pain',
    publisher: 'Formidlingsenheten for muskel- og skjelettlidelser (FORMI)',
    publisherShort: 'FORMI',
    contentVersion: 'Content version',
    year: 2007,
  },
  basis:
    'This content is based on the Norwegian patient brochure “Verdt å vite om vond rygg” ' +
    '(Worth knowing about back pain – what professionals agree on), FORMI, 2007. The brochure was written from the ' +
    'Norwegian national clinical guidelines for low back pain of 2007.',
  disclaimer:
    'This is general information from the Norwegian brochure “Verdt å vite om vond rygg” ' +
    '(FORMI, 2007), which is built on the Norwegian national clinical guidelines for low back pain of 2007. ' +
    'It does not replace an examination by a doctor, physiotherapist, chiropractor or manual therapist.',
  sectionHeadings: {
    1: 'Why do we get back pain?',
    2: 'How is the back built?',
    3: 'How the back changes with age',
    4: 'The disc and disc prolapse (the unnumbered drawing page)',
    5: 'What you can do yourself when your back hurts',
    6: 'When should you seek help?',
    7: 'What health professionals can do for you',
    8: 'Your chances of getting well',
    9: 'Can you prevent it coming back?',
    10: 'How common is back pain?',
    11: 'Where can you learn more?',
  },
  ui: {
    patientView: 'Patients',
    clinicianView: 'Health professionals',
    externalLink: '(opens in a new tab)',
  },
};

export default common;
