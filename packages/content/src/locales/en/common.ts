// Only the title, so the rest of SOURCE stays out of each language's chunk.
import { SOURCE_TITLE } from '../../source.js';
import type { CommonStrings } from '../../types/common.js';

const common: CommonStrings = {
  locale: 'en',
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
  // The headings several topics show; the others are the about topic's.
  sectionHeadings: {
    1: 'Why do we get back pain?',
    6: 'When should you seek help?',
    7: 'What health professionals can do for you',
    8: 'Your chances of getting well',
  },
  ui: {
    patientView: 'Patients',
    clinicianView: 'Health professionals',
    externalLink: '(opens in a new tab)',
  },
};

export default common;
