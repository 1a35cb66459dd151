import type { AboutContent } from '../../types/about.js';
import type { SectionHeadings } from '../../types/common.js';
import common from './common.js';

/** Every section's heading, in brochure order: the ones other topics show come from `common`. */
const sectionHeadings: SectionHeadings = {
  ...common.sectionHeadings,
  2: 'Korleis er ryggen bygd opp?',
  3: 'Slik endrar ryggen seg med åra',
  4: 'Mellomvirvelskiva og prolaps (teikningssida utan nummer)',
  5: 'Kva du sjølv kan gjere når ryggen gjer vondt',
  9: 'Kan du førebyggje tilbakefall?',
  10: 'Kor vanleg er ryggplager?',
  11: 'Kvar finn du meir informasjon?',
};

const content: AboutContent = {
  common,
  sectionHeadings,
  ui: {
    title: 'Om innhaldet',
    metaHeading: 'Kjelda',
    titleLabel: 'Tittel',
    publisherLabel: 'Utgjevar',
    yearLabel: 'År',
    basisHeading: 'Kva innhaldet byggjer på',
    disclaimerHeading: 'Viktig å vite',
    sectionsHeading: 'Innhald',
    sectionLabel: 'Avsnitt',
    prevalenceHeading: sectionHeadings[10],
    moreInfoHeading: sectionHeadings[11],
    linksNote: 'Adressene er gjengitt slik dei stod i brosjyren i 2007.',
  },
  meta: {
    title: common.source.title,
    publisher: common.source.publisher,
    year: common.source.year,
    audience: 'Brosjyren er skriven for deg som har vondt i ryggen, anten plagene er nye eller har vart lenge.',
    basis:
      'Han byggjer på nyare forsking og på kva legar, kiropraktorar, fysioterapeutar og manuellterapeutar er samde om. ' +
      'Grunnlaget er dei nasjonale kliniske retningslinjene for korsryggsmerter, som FORMI gav ut i 2007 saman med ' +
      'Sosial- og helsedirektoratet.',
  },
  disclaimer:
    'Dette er generell informasjon frå brosjyren «Verdt å vite om vond rygg» (FORMI, 2007), ' +
    'som byggjer på dei nasjonale kliniske retningslinjene for korsryggsmerter frå 2007. ' +
    'Informasjonen kan ikkje erstatte at ein lege, fysioterapeut, kiropraktor eller manuellterapeut undersøkjer deg.',
  sections: [
    {
      id: 'section-1',
      section: 1,
      heading: sectionHeadings[1],
      text: 'Kva typar ryggsmerter som finst, kor vanlege dei er, og kva som kan auke risikoen.',
      topic: 'causes',
    },
    {
      id: 'section-2',
      section: 2,
      heading: sectionHeadings[2],
      text: 'Virvlar, skiver, sideledd og musklar – og kvifor ryggen er sterk.',
      topic: 'anatomy',
    },
    {
      id: 'section-3',
      section: 3,
      heading: sectionHeadings[3],
      text: 'Normale aldersendringar, trong ryggmergskanal og beinskjørheit.',
      topic: 'anatomy',
    },
    {
      id: 'section-4',
      section: 4,
      heading: sectionHeadings[4],
      text: 'Kva ein prolaps er, og korleis han kan trykkje på ei nerverot.',
      topic: 'anatomy',
    },
    {
      id: 'section-5',
      section: 5,
      heading: sectionHeadings[5],
      text: 'Hald deg i rørsle, ligg minst mogleg, og hjelper smertestillande, ta reseptfrie med jamne mellomrom.',
      topic: 'activity',
    },
    {
      id: 'section-6',
      section: 6,
      heading: sectionHeadings[6],
      text: 'Teikn på at du bør søkje hjelp, og når du må kontakte lege med ein gong.',
      topic: 'red-flags',
    },
    {
      id: 'section-7',
      section: 7,
      heading: sectionHeadings[7],
      text: 'Undersøking, biletundersøkingar, medisinar, sjukmelding, anna behandling og operasjon.',
      topic: 'treatment',
    },
    {
      id: 'section-8',
      section: 8,
      heading: sectionHeadings[8],
      text: 'Dei aller fleste med akutte ryggsmerter blir bra eller mykje betre i løpet av nokre få veker.',
      topic: 'causes',
    },
    {
      id: 'section-9',
      section: 9,
      heading: sectionHeadings[9],
      text: 'Jamleg trening og god form er det viktigaste for å unngå nye plager.',
      topic: 'activity',
    },
    {
      id: 'section-10',
      section: 10,
      heading: sectionHeadings[10],
      text: 'Dei aller fleste får vondt i ryggen ein gong, og rundt 15 % har det til kvar tid.',
      topic: 'about',
    },
    {
      id: 'section-11',
      section: 11,
      heading: sectionHeadings[11],
      text: 'Nettstader og ei foreining der du kan lære meir.',
      topic: 'about',
    },
  ],
  prevalence: [
    {
      id: 'very-common',
      text: 'Vondt i ryggen er svært vanleg. Dei aller fleste får det éin eller fleire gonger i livet.',
      section: 10,
    },
    {
      id: 'half-year',
      text: 'I løpet av 6 månader har halvparten av folket hatt vondt i ryggen.',
      section: 10,
    },
    {
      id: 'any-time',
      text: 'Spør ein folk når som helst, seier rundt 15 % at dei har ryggsmerter akkurat då.',
      section: 10,
    },
    {
      id: 'all-times',
      text:
        'Menneske i alle kulturar og til alle tider har hatt ryggplager. Skjelett frå fleire tusen år gamle ' +
        'mumiar frå Egypt og Sør-Amerika viser at vond rygg var vanleg også der.',
      section: 10,
    },
    {
      id: 'part-of-life',
      text: 'Vond rygg har altså følgt menneska opp gjennom historia og høyrer dessverre med til livet.',
      section: 10,
    },
    {
      id: 'wellbeing',
      text: 'Trivsel, glede og tru på at ryggen blir betre, gjer godt for alle.',
      section: 10,
    },
  ],
  moreInfo: [
    {
      id: 'rygginfo',
      label: 'rygginfo.no',
      url: 'https://www.rygginfo.no',
      text:
        'Ein informasjonsbase for pasientar som forklarer norsk og utanlandsk ryggforsking på ein lettfatteleg måte. ' +
        'I 2007 vart han driven av FORMI saman med Ryggforeningen i Norge.',
      section: 11,
    },
    {
      id: 'formi',
      label: 'formi.no',
      url: 'https://www.formi.no',
      text:
        'Dei eigne nettsidene til FORMI, med informasjon og praktiske råd om ryggplager og ei oversikt over norske ' +
        'ryggpoliklinikkar og andre stader for opptrening og rehabilitering. Her kan brosjyren også tingast.',
      section: 11,
    },
    {
      id: 'ryggforeningen',
      label: 'Ryggforeningen i Norge',
      text:
        'Foreininga og lokallaga har sjølvhjelpsgrupper, kurs i å meistre ryggplager og likemannsaktivitetar. ' +
        'Dette passar særleg for deg med langvarige plager.',
      section: 7,
    },
  ],
};

export default content;
