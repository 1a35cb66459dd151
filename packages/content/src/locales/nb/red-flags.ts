import type { RedFlagContent } from '../../types/red-flags.js';
import common from './common.js';

/** The self-care result opens with the first point of its advice: one text, so the card says it once. */
const STAY_ACTIVE = 'Hold deg i så normal og variert aktivitet som du klarer.';

const content: RedFlagContent = {
  common,
  section: 6,
  ui: {
    title: common.sectionHeadings[6],
    reset: 'Nullstill svarene',
    resultHeading: 'Hva bør du gjøre nå?',
    answerYes: 'Ja',
    answerNo: 'Nei',
    call: 'Ring',
    contactsHeading: 'Hvem kan du kontakte?',
    plainTextTitle: 'Ryggsmerter – når bør du søke hjelp?',
    plainTextDate: 'Dato',
    plainTextNone: 'Ingen av tegnene på listen gjelder meg.',
    plainTextNotAnswered: 'Ingen av spørsmålene er besvart ennå.',
    plainTextAdvice: 'Råd',
    plainTextRules: 'Regelsett',
    privacyNote: 'Svarene dine blir ikke lagret eller sendt noe sted.',
    resultPlaceholder: 'Når du har svart, ser du her hva du bør gjøre.',
  },
  intro:
    'Selv når ryggsmertene er sterke, er de sjelden tegn på noe alvorlig. Likevel er det noen tegn du bør ' +
    'kjenne til.',
  legend: 'Gjelder noe av dette deg nå? Kryss av for det som passer.',
  emergencyGroupLabel: 'Har du vondt i ryggen og i tillegg noe av dette, skal du kontakte lege med en gang:',
  seekHelpGroupLabel: 'Søk hjelp hvis noe av dette gjelder deg:',
  noneOfThese: 'Ingen av disse gjelder meg',
  flags: {
    urination: {
      label: 'Har du fått problemer med vannlatingen, for eksempel vansker med å tisse eller lekkasje av urin?',
      section: 6,
    },
    'saddle-numbness': {
      label: 'Har du blitt nummen i skrittet?',
      section: 6,
    },
    unsure: {
      label: 'Er du usikker på hva det kan være, eller redd for at det er noe farlig?',
      section: 6,
    },
    'uncontrolled-pain': {
      label: 'Er smertene sterke, uten at smertestillende tabletter eller å avlaste ryggen (hvile den) hjelper nok?',
      section: 6,
    },
    weakness: {
      label: 'Merker du at du har mindre kraft i låret, leggen eller foten?',
      section: 6,
    },
    'weight-loss': {
      label: 'Har du gått ned i vekt uten at du ville det?',
      section: 6,
    },
    fever: {
      label: 'Har du feber?',
      section: 6,
    },
    'feeling-ill': {
      label: 'Føler du deg syk på en mer generell måte?',
      section: 6,
    },
    accident: {
      label: 'Har du mye vondt etter at du skadet ryggen i en ulykke?',
      section: 6,
    },
  },
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
  contacts: {
    emergency: [
      { id: 'legevakt', label: 'Legevakt', number: '116 117' },
      {
        id: 'emergency',
        label: 'Medisinsk nødtelefon',
        number: '113',
        description: 'Ring 113 når det er livstruende.',
      },
    ],
    'seek-help': [
      { id: 'gp', label: 'Fastlegen din' },
      { id: 'legevakt', label: 'Legevakt', number: '116 117', description: 'Når legekontoret er stengt' },
      {
        id: 'health-personnel',
        label: 'Annet autorisert helsepersonell',
        description: 'Lege, fysioterapeut, kiropraktor eller manuellterapeut',
      },
    ],
  },
  sourceNote:
    'Listen følger avsnitt 6 i brosjyren fra 2007. Helsetjenesten der du bor, kan bruke en nyere eller lengre liste.',
};

export default content;
