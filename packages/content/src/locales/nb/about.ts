import type { AboutContent } from '../../types/about.js';
import type { SectionHeadings } from '../../types/common.js';
import common from './common.js';

/** Every section's heading, in brochure order: the ones other topics show come from `common`. */
const sectionHeadings: SectionHeadings = {
  ...common.sectionHeadings,
  2: 'Hvordan er ryggen bygget opp?',
  3: 'Slik forandrer ryggen seg med årene',
  4: 'Mellomvirvelskiven og prolaps (tegningssiden uten nummer)',
  5: 'Hva du selv kan gjøre når ryggen gjør vondt',
  9: 'Kan du forebygge tilbakefall?',
  10: 'Hvor vanlig er ryggplager?',
  11: 'Hvor finner du mer informasjon?',
};

const content: AboutContent = {
  common,
  sectionHeadings,
  ui: {
    title: 'Om innholdet',
    metaHeading: 'Kilden',
    titleLabel: 'Tittel',
    publisherLabel: 'Utgiver',
    yearLabel: 'År',
    basisHeading: 'Hva innholdet bygger på',
    disclaimerHeading: 'Viktig å vite',
    sectionsHeading: 'Innhold',
    sectionLabel: 'Avsnitt',
    prevalenceHeading: sectionHeadings[10],
    moreInfoHeading: sectionHeadings[11],
    linksNote: 'Adressene er gjengitt slik de sto i brosjyren i 2007.',
  },
  meta: {
    title: common.source.title,
    publisher: common.source.publisher,
    year: common.source.year,
    audience: 'Brosjyren er skrevet for deg som har vondt i ryggen, enten plagene er nye eller har vart lenge.',
    basis:
      'Den bygger på nyere forskning og på hva leger, kiropraktorer, fysioterapeuter og manuellterapeuter er enige om. ' +
      'Grunnlaget er de nasjonale kliniske retningslinjene for korsryggsmerter, som FORMI ga ut i 2007 sammen med ' +
      'Sosial- og helsedirektoratet.',
  },
  disclaimer:
    'Dette er generell informasjon fra brosjyren «Verdt å vite om vond rygg» (FORMI, 2007), ' +
    'som bygger på de nasjonale kliniske retningslinjene for korsryggsmerter fra 2007. ' +
    'Den kan ikke erstatte at en lege, fysioterapeut, kiropraktor eller manuellterapeut undersøker deg.',
  sections: [
    {
      id: 'section-1',
      section: 1,
      heading: sectionHeadings[1],
      text: 'Hvilke typer ryggsmerter som finnes, hvor vanlige de er, og hva som kan øke risikoen.',
      topic: 'causes',
    },
    {
      id: 'section-2',
      section: 2,
      heading: sectionHeadings[2],
      text: 'Virvler, skiver, sideledd og muskler – og hvorfor ryggen er sterk.',
      topic: 'anatomy',
    },
    {
      id: 'section-3',
      section: 3,
      heading: sectionHeadings[3],
      text: 'Normale aldersforandringer, trang ryggmargskanal og beinskjørhet.',
      topic: 'anatomy',
    },
    {
      id: 'section-4',
      section: 4,
      heading: sectionHeadings[4],
      text: 'Hva en prolaps er, og hvordan den kan trykke på en nerverot.',
      topic: 'anatomy',
    },
    {
      id: 'section-5',
      section: 5,
      heading: sectionHeadings[5],
      text: 'Hold deg i bevegelse, ligg minst mulig, og hjelper smertestillende, ta reseptfrie med jevne mellomrom.',
      topic: 'activity',
    },
    {
      id: 'section-6',
      section: 6,
      heading: sectionHeadings[6],
      text: 'Tegn på at du bør søke hjelp, og når du må kontakte lege med en gang.',
      topic: 'red-flags',
    },
    {
      id: 'section-7',
      section: 7,
      heading: sectionHeadings[7],
      text: 'Undersøkelse, bildeundersøkelser, medisiner, sykmelding, annen behandling og operasjon.',
      topic: 'treatment',
    },
    {
      id: 'section-8',
      section: 8,
      heading: sectionHeadings[8],
      text: 'De aller fleste med akutte ryggsmerter blir bra eller mye bedre i løpet av noen få uker.',
      topic: 'causes',
    },
    {
      id: 'section-9',
      section: 9,
      heading: sectionHeadings[9],
      text: 'Jevnlig trening og god form er det viktigste for å unngå nye plager.',
      topic: 'activity',
    },
    {
      id: 'section-10',
      section: 10,
      heading: sectionHeadings[10],
      text: 'De aller fleste får vondt i ryggen en gang, og rundt 15 % har det til enhver tid.',
      topic: 'about',
    },
    {
      id: 'section-11',
      section: 11,
      heading: sectionHeadings[11],
      text: 'Nettsteder og en forening der du kan lære mer.',
      topic: 'about',
    },
  ],
  prevalence: [
    {
      id: 'very-common',
      text: 'Vondt i ryggen er svært vanlig. De aller fleste får det én eller flere ganger i livet.',
      section: 10,
    },
    {
      id: 'half-year',
      text: 'I løpet av 6 måneder har halvparten av befolkningen hatt vondt i ryggen.',
      section: 10,
    },
    {
      id: 'any-time',
      text: 'Spør man folk når som helst, sier rundt 15 % at de har ryggsmerter akkurat da.',
      section: 10,
    },
    {
      id: 'all-times',
      text:
        'Mennesker i alle kulturer og til alle tider har hatt ryggplager. Skjeletter fra flere tusen år gamle ' +
        'mumier fra Egypt og Sør-Amerika viser at vond rygg var vanlig også der.',
      section: 10,
    },
    {
      id: 'part-of-life',
      text: 'Vond rygg har altså fulgt mennesker opp gjennom historien og hører dessverre med til livet.',
      section: 10,
    },
    {
      id: 'wellbeing',
      text: 'Trivsel, glede og tro på at ryggen blir bedre, gjør godt for alle.',
      section: 10,
    },
  ],
  moreInfo: [
    {
      id: 'rygginfo',
      label: 'rygginfo.no',
      url: 'https://www.rygginfo.no',
      text:
        'En informasjonsbase for pasienter som forklarer norsk og utenlandsk ryggforskning på en lettfattelig måte. ' +
        'I 2007 ble den drevet av FORMI sammen med Ryggforeningen i Norge.',
      section: 11,
    },
    {
      id: 'formi',
      label: 'formi.no',
      url: 'https://www.formi.no',
      text:
        'FORMIs egne nettsider, med informasjon og praktiske råd om ryggplager og en oversikt over norske ' +
        'ryggpoliklinikker og andre steder for opptrening og rehabilitering. Her kan brosjyren også bestilles.',
      section: 11,
    },
    {
      id: 'ryggforeningen',
      label: 'Ryggforeningen i Norge',
      text:
        'Foreningen og lokallagene har selvhjelpsgrupper, kurs i å mestre ryggplager og likemannsaktiviteter. ' +
        'Dette passer særlig for deg med langvarige plager.',
      section: 7,
    },
  ],
};

export default content;
