import type { RedFlagClinicianWording } from '../../types/red-flags.js';

/** The professional wording of the checklist, for the clinician audience (loaded only for it). */
const wording: RedFlagClinicianWording = {
  legend: 'Raude flagg – kryss av for det som er til stades.',
  noneOfThese: 'Ingen raude flagg',
  plainTextTitle: 'Raude flagg ved ryggsmerter',
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
      heading: 'Augeblikkeleg legevurdering',
      action: 'Vis til augeblikkeleg legevurdering: legevakt 116 117, eller 113 ved livstrugande tilstand.',
    },
    'seek-help': {
      heading: 'Klinisk vurdering er tilrådd',
      action:
        'Vurdering hos fastlege eller anna autorisert helsepersonell (lege, fysioterapeut, kiropraktor, ' +
        'manuellterapeut).',
    },
    'self-care': {
      heading: 'Ingen raude flagg kryssa av',
      action: 'Råd om aktivitet og eigenbehandling etter avsnitt 5.',
    },
  },
};

export default wording;
