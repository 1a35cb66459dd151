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
  sectionHeadings: {
    1: 'Hvorfor får vi vondt i ryggen?',
    2: 'Hvordan er ryggen bygget opp?',
    3: 'Slik forandrer ryggen seg med årene',
    4: 'Mellomvirvelskiven og prolaps (tegningssiden uten nummer)',
    5: 'Hva du selv kan gjøre når ryggen gjør vondt',
    6: 'Når bør du søke hjelp?',
    7: 'Hva helsepersonell kan gjøre for deg',
    8: 'Mulighetene for å bli bra igjen',
    9: 'Kan du forebygge tilbakefall?',
    10: 'Hvor vanlig er ryggplager?',
    11: 'Hvor finner du mer informasjon?',
  },
  ui: {
    patientView: 'Pasient',
    clinicianView: 'Helsepersonell',
    externalLink: '(åpnes i ny fane)',
  },
};

export default common;
