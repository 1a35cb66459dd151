import type { RedFlagResult } from '../../types/red-flags.js';

/** The self-care result opens with the first point of its advice: one text, so the card says it once. */
const STAY_ACTIVE = 'Hald deg i så normal og variert aktivitet som du klarer.';

/** What the result card says (section 6, with the self-care points of section 5): loaded with the card. */
const content: RedFlagResult = {
  tiers: {
    emergency: {
      heading: 'Kontakt lege no',
      levelText: 'Krev handling med ein gong',
      action: 'Ring legevakta på 116 117 no. Er det livstrugande, ring 113.',
    },
    'seek-help': {
      heading: 'Kontakt fastlegen eller anna helsepersonell',
      levelText: 'Bør vurderast av helsepersonell',
      action:
        'Kontakt fastlegen din eller anna autorisert helsepersonell – lege, fysioterapeut, kiropraktor eller ' +
        'manuellterapeut – for å bli undersøkt.',
    },
    'self-care': {
      heading: 'Ta vare på deg sjølv med aktivitet',
      levelText: 'Råd for eigenomsorg',
      action:
        `${STAY_ACTIVE} Søk hjelp viss smertene blir svært plagsame ` +
        'eller varer urimeleg lenge, eller viss du seinare merkar noko av det som står på lista.',
    },
  },
  routes: {
    'doctor-today': {
      heading: 'Kontakt lege i dag',
      levelText: 'Bør undersøkjast av lege i dag',
      action: 'Kontakt fastlegen din i dag. Er legekontoret stengt, ring legevakta på 116 117.',
    },
    'doctor-soon': {
      heading: 'Kontakt lege snart',
      levelText: 'Bør undersøkjast av lege snart',
      action:
        'Bestill time hos fastlegen din snart. Blir du svakare, skal du kontakte lege med ein gong: ' +
        'ring legevakta på 116 117 viss legekontoret er stengt.',
    },
    doctor: {
      heading: 'Kontakt lege',
      levelText: 'Bør undersøkjast av lege',
      action:
        'Kontakt fastlegen din for å bli undersøkt av lege. Treng du lege medan legekontoret er stengt, ' +
        'ring legevakta på 116 117.',
    },
  },
  selfCareSummary: [
    STAY_ACTIVE,
    'Ligg minst mogleg, og veksle mellom kvile og rørsle.',
    'Reseptfrie smertestillande, tekne med jamne mellomrom, kan gjere det lettare å vere i aktivitet.',
    'Det er ikkje farleg at det gjer vondt når du rører deg.',
  ],
  adviceLinkText: 'Les råda om aktivitet',
};

export default content;
