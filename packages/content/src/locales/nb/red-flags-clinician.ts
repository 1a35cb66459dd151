import type { RedFlagClinicianWording } from '../../types/red-flags.js';

/** The professional wording of the checklist, for the clinician audience (loaded only for it). */
const wording: RedFlagClinicianWording = {
  legend: 'Røde flagg – kryss av for det som er til stede.',
  noneOfThese: 'Ingen røde flagg',
  plainTextTitle: 'Røde flagg ved ryggsmerter',
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
      heading: 'Øyeblikkelig legevurdering',
      action: 'Henvis til øyeblikkelig legevurdering: legevakt 116 117, eller 113 ved livstruende tilstand.',
    },
    'seek-help': {
      heading: 'Klinisk vurdering anbefales',
      action:
        'Vurdering hos fastlege eller annet autorisert helsepersonell (lege, fysioterapeut, kiropraktor, ' +
        'manuellterapeut).',
    },
    'self-care': {
      heading: 'Ingen røde flagg krysset av',
      action: 'Råd om aktivitet og egenbehandling etter avsnitt 5.',
    },
  },
};

export default wording;
