import type { RedFlagContent } from '../../types/red-flags.js';
import common from './common.js';

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
