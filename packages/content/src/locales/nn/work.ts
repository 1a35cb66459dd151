import type { WorkContent } from '../../types/work.js';
import common from './common.js';

const content: WorkContent = {
  common,
  title: 'Jobb med ryggen din',
  ui: {
    keyMessage: 'Vanleg arbeid hjelper som regel ryggen å bli bra. Gradert sjukmelding skal alltid vurderast først.',
    viewLabel: 'Tekst for',
    patientView: 'For deg som har vondt i ryggen',
    clinicianView: 'For den som sjukmelder',
    itemsHeading: 'Dette er verdt å vite om jobb og sjukmelding',
    clinicianHeading: 'Ved vurdering av arbeidsevne',
    showChecklist: 'Vis plan for arbeid',
    hideChecklist: 'Skjul plan for arbeid',
    percentError: 'Skriv eit heilt tal frå 0 til 100, eller la feltet stå tomt.',
    cleared: 'Skjemaet er tømt.',
  },
  items: [
    {
      id: 'work-helps',
      text: 'For dei fleste er det bra for lækjinga å vere i vanleg arbeid.',
      section: 7,
    },
    {
      id: 'no-need-to-wait',
      text: 'Du treng ikkje vente til smertene er heilt borte før du går på jobb att.',
      section: 7,
    },
    {
      id: 'adjust-tasks',
      text: 'Når du og arbeidsgivaren saman legg oppgåvene fornuftig til rette, kjem mange raskt tilbake i jobb.',
      section: 7,
    },
    {
      id: 'some-adjustment',
      text: 'Kanskje treng du at arbeidsgivaren tilpassar oppgåvene dine litt ei tid.',
      section: 5,
    },
    {
      id: 'full-or-graded',
      text: 'Klarer du ikkje å gå på jobb ei tid, kan du bli sjukmeld heilt eller delvis (gradert).',
      section: 7,
    },
    {
      id: 'graded-first',
      text: 'Gradert sjukmelding skal alltid vurderast før full sjukmelding.',
      section: 7,
    },
    {
      id: 'agree-early',
      text: 'Du og behandlaren din avtaler tidleg kva slags sjukmelding du skal ha, og kor lenge ho skal vare.',
      section: 7,
    },
    {
      id: 'dose',
      text: 'Sjukmelding er som medisin: ho kan bli gjeven i for stor dose, og ho kan ha biverknader.',
      section: 7,
    },
    {
      id: 'partial-or-active',
      text: 'I nokre tilfelle kan delvis (gradert) sjukmelding vere ei løysing. (Brosjyren frå 2007 nemner også «aktiv sjukmelding», ei ordning som ikkje finst lenger.)',
      section: 5,
    },
    {
      id: 'who-can',
      text: 'Både legar, kiropraktorar og manuellterapeutar kan skrive sjukmelding.',
      section: 7,
    },
  ],
  clinician: [
    {
      id: 'c-graded-first',
      text: 'Vurder alltid gradert sjukmelding som første alternativ.',
      section: 7,
    },
    {
      id: 'c-agree-early',
      text: 'Avklar type og varigheit tidleg, i samråd med pasienten.',
      section: 7,
    },
    {
      id: 'c-dose',
      text: 'Sjukmelding har, som legemiddel, ein dose og biverknader: unngå for høg dose.',
      section: 7,
    },
    {
      id: 'c-adjustment',
      text: 'Fornuftig tilrettelegging i samarbeid med arbeidsgivar gjev rask retur for mange.',
      section: 7,
    },
    {
      id: 'c-not-pain-free',
      text: 'Smertefridom er ikkje eit vilkår for å ta opp att arbeidet; vanleg yrkesaktivitet fremjar som regel lækjinga.',
      section: 7,
    },
    {
      id: 'c-partial-active',
      text: 'Delvis (gradert) sjukmelding kan i nokre tilfelle vere ei løysing. («Aktiv sjukmelding», som brosjyren frå 2007 nemner, finst ikkje lenger.)',
      section: 5,
    },
    {
      id: 'c-who',
      text: 'Legar, kiropraktorar og manuellterapeutar kan sjukmelde.',
      section: 7,
    },
  ],
  checklist: {
    heading: 'Plan for arbeid',
    intro: 'Fyll gjerne ut saman med behandlaren din eller arbeidsgivaren.',
    tasksThatWork: 'Oppgåver eg kan gjere no',
    tasksToAdjust: 'Oppgåver som må tilpassast ei tid',
    gradedPercentage: 'Gradert sjukmelding (prosent)',
    gradedPercentageHint:
      'Kor mange prosent du er sjukmeld, til dømes 50. La feltet stå tomt viss du ikkje er sjukmeld.',
    followUpDate: 'Dato for oppfølging',
    notes: 'Notat',
    nothingStored: 'Det du fyller inn her, blir ikkje lagra eller sendt nokon stad.',
    print: 'Skriv ut planen',
    clear: 'Tøm skjemaet',
  },
};

export default content;
