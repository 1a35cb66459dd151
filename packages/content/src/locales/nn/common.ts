// Only the title, so the rest of SOURCE stays out of each language's chunk.
import { SOURCE_TITLE } from '../../source.js';
import type { CommonStrings } from '../../types/common.js';

const common: CommonStrings = {
  locale: 'nn',
  source: {
    label: 'Kjelde',
    section: 'avsnitt',
    sections: 'avsnitt',
    title: SOURCE_TITLE,
    titleInLocale: SOURCE_TITLE,
    publisher: 'Formidlingsenheten for muskel- og skjelettlidelser (FORMI)',
    publisherShort: 'FORMI',
    contentVersion: 'Innhaldsversjon',
    year: 2007,
  },
  // The headings several topics show; the others are the about topic's.
  sectionHeadings: {
    1: 'Kvifor får vi vondt i ryggen?',
    6: 'Når bør du søkje hjelp?',
    7: 'Kva helsepersonell kan gjere for deg',
    8: 'Moglegheitene for å bli bra att',
  },
  ui: {
    patientView: 'Pasient',
    clinicianView: 'Helsepersonell',
    externalLink: '(opnast i ei ny fane)',
  },
};

export default common;
