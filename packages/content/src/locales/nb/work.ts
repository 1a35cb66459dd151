import type { WorkContent } from '../../types/work.js';
import common from './common.js';

const content: WorkContent = {
  common,
  title: 'Jobb med ryggen din',
  ui: {
    keyMessage: 'Vanlig arbeid hjelper som regel ryggen å bli bra. Gradert sykmelding skal alltid vurderes først.',
    viewLabel: 'Tekst for',
    patientView: 'For deg som har vondt i ryggen',
    clinicianView: 'For den som sykmelder',
    itemsHeading: 'Dette er verdt å vite om jobb og sykmelding',
    clinicianHeading: 'Ved vurdering av arbeidsevne',
    showChecklist: 'Vis plan for arbeid',
    hideChecklist: 'Skjul plan for arbeid',
    percentError: 'Skriv et helt tall fra 0 til 100, eller la feltet stå tomt.',
    cleared: 'Skjemaet er tømt.',
  },
  items: [
    {
      id: 'work-helps',
      text: 'For de fleste er det bra for tilhelingen å være i vanlig arbeid.',
      section: 7,
    },
    {
      id: 'no-need-to-wait',
      text: 'Du trenger ikke vente til smertene er helt borte før du går på jobb igjen.',
      section: 7,
    },
    {
      id: 'adjust-tasks',
      text: 'Når du og arbeidsgiveren sammen legger oppgavene fornuftig til rette, kommer mange raskt tilbake i jobb.',
      section: 7,
    },
    {
      id: 'some-adjustment',
      text: 'Kanskje trenger du at arbeidsgiveren tilpasser oppgavene dine litt en periode.',
      section: 5,
    },
    {
      id: 'full-or-graded',
      text: 'Klarer du ikke å gå på jobb en periode, kan du bli sykmeldt helt eller delvis (gradert).',
      section: 7,
    },
    {
      id: 'graded-first',
      text: 'Gradert sykmelding skal alltid vurderes før hel sykmelding.',
      section: 7,
    },
    {
      id: 'agree-early',
      text: 'Du og behandleren din avtaler tidlig hva slags sykmelding du skal ha, og hvor lenge den skal vare.',
      section: 7,
    },
    {
      id: 'dose',
      text: 'Sykmelding er som medisin: den kan gis i for stor dose, og den kan ha bivirkninger.',
      section: 7,
    },
    {
      id: 'partial-or-active',
      text: 'I noen tilfeller kan delvis (gradert) sykmelding være en løsning. (Brosjyren fra 2007 nevner også «aktiv sykmelding», en ordning som ikke finnes lenger.)',
      section: 5,
    },
    {
      id: 'who-can',
      text: 'Både leger, kiropraktorer og manuellterapeuter kan skrive sykmelding.',
      section: 7,
    },
  ],
  clinician: [
    {
      id: 'c-graded-first',
      text: 'Vurder alltid gradert sykmelding som første alternativ.',
      section: 7,
    },
    {
      id: 'c-agree-early',
      text: 'Avklar type og varighet tidlig, i samråd med pasienten.',
      section: 7,
    },
    {
      id: 'c-dose',
      text: 'Sykmelding har, som legemidler, en dose og bivirkninger: unngå for høy dose.',
      section: 7,
    },
    {
      id: 'c-adjustment',
      text: 'Fornuftig tilrettelegging i samarbeid med arbeidsgiver gir rask retur for mange.',
      section: 7,
    },
    {
      id: 'c-not-pain-free',
      text: 'Smertefrihet er ikke et vilkår for å gjenoppta arbeid; vanlig yrkesaktivitet fremmer som regel tilheling.',
      section: 7,
    },
    {
      id: 'c-partial-active',
      text: 'Delvis (gradert) sykmelding kan i noen tilfeller være en løsning. («Aktiv sykmelding», som brosjyren fra 2007 nevner, finnes ikke lenger.)',
      section: 5,
    },
    {
      id: 'c-who',
      text: 'Leger, kiropraktorer og manuellterapeuter kan sykmelde.',
      section: 7,
    },
  ],
  checklist: {
    heading: 'Plan for arbeid',
    intro: 'Fyll gjerne ut sammen med behandleren din eller arbeidsgiveren.',
    tasksThatWork: 'Oppgaver jeg kan gjøre nå',
    tasksToAdjust: 'Oppgaver som må tilpasses en stund',
    gradedPercentage: 'Gradert sykmelding (prosent)',
    gradedPercentageHint:
      'Hvor mange prosent du er sykmeldt, for eksempel 50. La feltet stå tomt hvis du ikke er sykmeldt.',
    followUpDate: 'Dato for oppfølging',
    notes: 'Notater',
    nothingStored: 'Det du fyller inn her, blir ikke lagret eller sendt noe sted.',
    print: 'Skriv ut planen',
    clear: 'Tøm skjemaet',
  },
};

export default content;
