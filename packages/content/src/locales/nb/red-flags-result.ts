import type { RedFlagResult } from '../../types/red-flags.js';

/** The self-care result opens with the first point of its advice: one text, so the card says it once. */
const STAY_ACTIVE = 'Hold deg i så normal og variert aktivitet som du klarer.';

/** What the result card says (section 6, with the self-care points of section 5): loaded with the card. */
const content: RedFlagResult = {
  tiers: {
    emergency: {
      heading: 'Kontakt lege nå',
      levelText: 'Krever handling med en gang',
      action: 'Ring legevakten på 116 117 nå. Er det livstruende, ring 113.',
    },
    'seek-help': {
      heading: 'Kontakt fastlegen eller annet helsepersonell',
      levelText: 'Bør vurderes av helsepersonell',
      action:
        'Kontakt fastlegen din eller annet autorisert helsepersonell – lege, fysioterapeut, kiropraktor eller ' +
        'manuellterapeut – for å bli undersøkt.',
    },
    'self-care': {
      heading: 'Ta vare på deg selv med aktivitet',
      levelText: 'Råd for egenomsorg',
      action:
        `${STAY_ACTIVE} Søk hjelp hvis smertene blir svært plagsomme ` +
        'eller varer urimelig lenge, eller hvis du senere merker noe av det som står på listen.',
    },
  },
  routes: {
    'doctor-today': {
      heading: 'Kontakt lege i dag',
      levelText: 'Bør undersøkes av lege i dag',
      action: 'Kontakt fastlegen din i dag. Er legekontoret stengt, ring legevakten på 116 117.',
    },
    'doctor-soon': {
      heading: 'Kontakt lege snart',
      levelText: 'Bør undersøkes av lege snart',
      action:
        'Bestill time hos fastlegen din snart. Blir du svakere, skal du kontakte lege med en gang: ' +
        'ring legevakten på 116 117 hvis legekontoret er stengt.',
    },
    doctor: {
      heading: 'Kontakt lege',
      levelText: 'Bør undersøkes av lege',
      action:
        'Kontakt fastlegen din for å bli undersøkt av lege. Trenger du lege mens legekontoret er stengt, ' +
        'ring legevakten på 116 117.',
    },
  },
  selfCareSummary: [
    STAY_ACTIVE,
    'Ligg minst mulig, og veksle mellom hvile og bevegelse.',
    'Reseptfrie smertestillende, tatt med jevne mellomrom, kan gjøre det lettere å være i aktivitet.',
    'Det er ikke farlig at det gjør vondt når du beveger deg.',
  ],
  adviceLinkText: 'Les rådene om aktivitet',
};

export default content;
