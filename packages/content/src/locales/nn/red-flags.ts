import type { RedFlagContent } from '../../types/red-flags.js';
import common from './common.js';

/** The self-care result opens with the first point of its advice: one text, so the card says it once. */
const STAY_ACTIVE = 'Hald deg i så normal og variert aktivitet som du klarer.';

const content: RedFlagContent = {
  common,
  section: 6,
  ui: {
    title: common.sectionHeadings[6],
    reset: 'Nullstill svara',
    resultHeading: 'Kva bør du gjere no?',
    answerYes: 'Ja',
    answerNo: 'Nei',
    call: 'Ring',
    contactsHeading: 'Kven kan du kontakte?',
    plainTextTitle: 'Ryggsmerter – når bør du søkje hjelp?',
    plainTextDate: 'Dato',
    plainTextNone: 'Ingen av teikna på lista gjeld meg.',
    plainTextNotAnswered: 'Ingen av spørsmåla er svara på enno.',
    plainTextAdvice: 'Råd',
    plainTextRules: 'Regelsett',
    privacyNote: 'Svara dine blir ikkje lagra eller sende nokon stad.',
    resultPlaceholder: 'Når du har svart, ser du her kva du bør gjere.',
  },
  intro:
    'Sjølv når ryggsmertene er sterke, er dei sjeldan teikn på noko alvorleg. Likevel er det nokre teikn du bør ' +
    'kjenne til.',
  legend: 'Gjeld noko av dette deg no? Kryss av for det som passar.',
  emergencyGroupLabel: 'Har du vondt i ryggen og i tillegg noko av dette, skal du kontakte lege med ein gong:',
  seekHelpGroupLabel: 'Søk hjelp viss noko av dette gjeld deg:',
  noneOfThese: 'Ingen av desse gjeld meg',
  flags: {
    urination: {
      label: 'Har du fått problem med vasslatinga, til dømes vanskar med å tisse eller lekkasje av urin?',
      section: 6,
    },
    'saddle-numbness': {
      label: 'Har du blitt nummen i skrittet?',
      section: 6,
    },
    unsure: {
      label: 'Er du usikker på kva det kan vere, eller redd for at det er noko farleg?',
      section: 6,
    },
    'uncontrolled-pain': {
      label: 'Er smertene sterke, utan at smertestillande tablettar eller å avlaste ryggen (kvile han) hjelper nok?',
      section: 6,
    },
    weakness: {
      label: 'Merkar du at du har mindre kraft i låret, leggen eller foten?',
      section: 6,
    },
    'weight-loss': {
      label: 'Har du gått ned i vekt utan at du ville det?',
      section: 6,
    },
    fever: {
      label: 'Har du feber?',
      section: 6,
    },
    'feeling-ill': {
      label: 'Kjenner du deg sjuk på ein meir generell måte?',
      section: 6,
    },
    accident: {
      label: 'Har du mykje vondt etter at du skadde ryggen i ei ulukke?',
      section: 6,
    },
  },
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
  contacts: {
    emergency: [
      { id: 'legevakt', label: 'Legevakt', number: '116 117' },
      {
        id: 'emergency',
        label: 'Medisinsk naudtelefon',
        number: '113',
        description: 'Ring 113 når det er livstrugande.',
      },
    ],
    'seek-help': [
      { id: 'gp', label: 'Fastlegen din' },
      { id: 'legevakt', label: 'Legevakt', number: '116 117', description: 'Når legekontoret er stengt' },
      {
        id: 'health-personnel',
        label: 'Anna autorisert helsepersonell',
        description: 'Lege, fysioterapeut, kiropraktor eller manuellterapeut',
      },
    ],
  },
  sourceNote:
    'Lista følgjer avsnitt 6 i brosjyren frå 2007. Helsetenesta der du bur, kan bruke ei nyare eller lengre liste.',
};

export default content;
