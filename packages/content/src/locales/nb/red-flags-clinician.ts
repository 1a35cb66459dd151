import type { RedFlagClinicianWording } from '../../types/red-flags.js';

/** The professional wording of the checklist, for the clinician audience (loaded only for it). */
const wording: RedFlagClinicianWording = {
  legend: 'Varseltegn (røde flagg og andre grunner til vurdering) – kryss av for det som er til stede.',
  noneOfThese: 'Ingen av disse tegnene er til stede',
  plainTextTitle: 'Varseltegn ved ryggsmerter',
  flags: {
    urination: 'Nyoppståtte vannlatingsforstyrrelser (mulig cauda equina-syndrom)',
    'saddle-numbness': 'Nummenhet i skrittet / ridebukseanestesi (mulig cauda equina-syndrom)',
    unsure: 'Pasienten er utrygg på hva plagene skyldes',
    'uncontrolled-pain': 'Sterke smerter som ikke lindres nok av analgetika eller avlastning',
    weakness: 'Nedsatt muskelkraft i lår, legg eller fot (motorisk utfall)',
    'weight-loss': 'Utilsiktet vekttap',
    fever: 'Feber',
    'feeling-ill': 'Generell sykdomsfølelse',
    accident: 'Betydelige smerter etter traume (ulykke)',
  },
  tiers: {
    emergency: {
      heading: 'Mulig cauda equina-syndrom: akutt henvisning til sykehus',
      action: 'Henvis akutt til sykehus for vurdering og MR samme dag. Ring 113 ved livstruende tilstand.',
    },
    'seek-help': {
      heading: 'Klinisk vurdering anbefales',
      action:
        'Vurdering hos fastlege eller annet autorisert helsepersonell (lege, fysioterapeut, kiropraktor, ' +
        'manuellterapeut).',
    },
    'self-care': {
      heading: 'Ingen av tegnene krysset av',
      action:
        'Råd om aktivitet og egenbehandling etter avsnitt 5; søk hjelp hvis smertene blir svært plagsomme eller ' +
        'varer urimelig lenge (avsnitt 7).',
    },
  },
  routes: {
    'doctor-today': {
      heading: 'Legevurdering samme dag',
      action:
        'Vurdering hos lege samme dag (fastlege; legevakt 116 117 utenom åpningstid) med tanke på infeksjon eller ' +
        'brudd; blodprøver og bildediagnostikk ved behov.',
    },
    'doctor-soon': {
      heading: 'Legevurdering snart',
      action:
        'Snarlig legevurdering av det motoriske utfallet (fastlege); straks ved progresjon (legevakt 116 117 ' +
        'utenom åpningstid).',
    },
    doctor: {
      heading: 'Legevurdering',
      action:
        'Vurdering hos lege (fastlege; legevakt 116 117 utenom åpningstid) med tanke på malignitet eller ' +
        'infeksjon; blodprøver og bildediagnostikk ved behov.',
    },
  },
};

export default wording;
