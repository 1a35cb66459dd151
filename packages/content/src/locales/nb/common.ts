// Only the title, so the rest of SOURCE stays out of each language's chunk.
import { SOURCE_TITLE } from '../../source.js';
import type { CommonStrings } from '../../types/common.js';

const common: CommonStrings = {
  locale: 'nb',
  source: {
    label: 'Kilde',
    section: 'avsnitt',
    sections: 'avsnitt',
    title: SOURCE_TITLE,
    titleInLocale: SOURCE_TITLE,
    publisher: 'Formidlingsenheten for muskel- og skjelettlidelser (FORMI)',
    publisherShort: 'FORMI',
    contentVersion: 'Innholdsversjon',
    year: 2007,
  },
  // The headings several topics show; the others are the about topic's.
  sectionHeadings: {
    1: 'Hvorfor får vi vondt i ryggen?',
    6: 'Når bør du søke hjelp?',
    7: 'Hva helsepersonell kan gjøre for deg',
    8: 'Mulighetene for å bli bra igjen',
  },
  ui: {
    patientView: 'Pasient',
    clinicianView: 'Helsepersonell',
    externalLink: '(åpnes i ny fane)',
  },
};

export default common;
