import type { RedFlagClinicianWording } from '../../types/red-flags.js';

/** The professional wording of the checklist, for the clinician audience (loaded only for it). */
const wording: RedFlagClinicianWording = {
  legend: 'Varselteikn (raude flagg og andre grunnar til vurdering) – kryss av for det som er til stades.',
  noneOfThese: 'Ingen av desse teikna er til stades',
  plainTextTitle: 'Varselteikn ved ryggsmerter',
  flags: {
    urination: 'Nyoppståtte vasslatingsforstyrringar (mogleg cauda equina-syndrom)',
    'saddle-numbness': 'Nummenheit i skrittet / ridebukseanestesi (mogleg cauda equina-syndrom)',
    unsure: 'Pasienten er utrygg på kva plagene kjem av',
    'uncontrolled-pain': 'Sterke smerter som ikkje blir lindra nok av analgetika eller avlasting',
    weakness: 'Nedsett muskelkraft i lår, legg eller fot (motorisk utfall)',
    'weight-loss': 'Utilsikta vekttap',
    fever: 'Feber',
    'feeling-ill': 'Generell sjukdomskjensle',
    accident: 'Monalege smerter etter traume (ulukke)',
  },
  tiers: {
    emergency: {
      heading: 'Mogleg cauda equina-syndrom: akutt tilvising til sjukehus',
      action: 'Tilvis akutt til sjukehus for vurdering og MR same dag. Ring 113 ved livstrugande tilstand.',
    },
    'seek-help': {
      heading: 'Klinisk vurdering er tilrådd',
      action:
        'Vurdering hos fastlege eller anna autorisert helsepersonell (lege, fysioterapeut, kiropraktor, ' +
        'manuellterapeut).',
    },
    'self-care': {
      heading: 'Ingen av teikna kryssa av',
      action:
        'Råd om aktivitet og eigenbehandling etter avsnitt 5; søk hjelp viss smertene blir svært plagsame eller ' +
        'varer urimeleg lenge (avsnitt 7).',
    },
  },
  routes: {
    'doctor-today': {
      heading: 'Legevurdering same dag',
      action:
        'Vurdering hos lege same dag (fastlege; legevakt 116 117 utanom opningstid) med tanke på infeksjon eller ' +
        'brot; blodprøver og biletdiagnostikk ved behov.',
    },
    'doctor-soon': {
      heading: 'Legevurdering snart',
      action:
        'Snarleg legevurdering av det motoriske utfallet (fastlege); straks ved progresjon (legevakt 116 117 ' +
        'utanom opningstid).',
    },
    doctor: {
      heading: 'Legevurdering',
      action:
        'Vurdering hos lege (fastlege; legevakt 116 117 utanom opningstid) med tanke på malignitet eller ' +
        'infeksjon; blodprøver og biletdiagnostikk ved behov.',
    },
  },
};

export default wording;
