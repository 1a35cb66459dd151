import type { RedFlagContent } from '../../types/red-flags.js';
import common from './common.js';

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
