import type { TreatmentContent } from '../../types/treatment.js';
import common from './common.js';

const content: TreatmentContent = {
  common,
  ui: {
    title: common.sectionHeadings[7],
    groupsHeading: 'Kva kan fagfolka gjere?',
    keyMessagesHeading: 'Verdt å hugse',
  },
  intro: [
    {
      id: 'guidance-2007',
      text: 'Dette skildrar behandling slik norske retningslinjer frå 2007 såg henne. Nyare retningslinjer avvik nokre stader, til dømes om biletundersøkingar og om kva smertestillande du bør prøve først.',
      section: 7,
    },
    {
      id: 'who',
      text:
        'Legar, fysioterapeutar, kiropraktorar og manuellterapeutar har offentleg godkjenning (autorisasjon) i ' +
        'Noreg til å undersøkje og behandle ryggplager. Enkelte andre yrkesgrupper kan også gje smertelindring.',
      section: 7,
    },
    {
      id: 'when',
      text: 'Blir smertene svært plagsame, eller varer dei urimeleg lenge, kan fagfolk ofte hjelpe deg godt.',
      section: 7,
    },
    {
      id: 'goal',
      text: 'Målet med all ryggbehandling er at du skal fungere betre i kvardagen og ha mindre vondt.',
      section: 7,
    },
    {
      id: 'exact-cause',
      text:
        'Sjølv om det er forska mykje, er det framleis sjeldan mogleg å finne nøyaktig kvifor akkurat du har fått ' +
        'vondt i ryggen.',
      section: 7,
    },
    {
      id: 'acute-resolves',
      text:
        'Akutte ryggsmerter går som regel over av seg sjølv. Smertelindring gjer det lettare å vere aktiv og bruke ' +
        'kroppen rett, og då går lækjinga fortare.',
      section: 7,
    },
    {
      id: 'long-lasting-needs',
      text:
        'Ved langvarige smerter er det vanlegvis større behov for å bli undersøkt og behandla av fagfolk, og for ' +
        'råd og hjelp til å kome i gang med vanlege aktivitetar att.',
      section: 7,
    },
  ],
  groups: [
    {
      id: 'examination',
      heading: 'Undersøking',
      items: [
        {
          id: 'history-and-exam',
          text: 'Behandlaren spør korleis plagene byrja og har utvikla seg (sjukehistoria), og undersøkjer deg.',
          section: 7,
          clinician: 'Sjukehistorie og klinisk undersøking.',
        },
        {
          id: 'which-kind',
          text:
            'Slik prøver behandlaren å finne ut kva type ryggplage du har: vanlege ryggsmerter, tronge forhold i ' +
            'ryggen eller nerverotsmerter fordi du har ein prolaps. Av og til trengst vidare utgreiing.',
          section: 7,
          clinician:
            'Sortering: uspesifikke smerter, spinal stenose, radikulære smerter ved prolaps, eller behov for vidare utgreiing.',
        },
      ],
    },
    {
      id: 'imaging',
      heading: 'Røntgen og andre undersøkingar',
      items: [
        {
          id: 'imaging-2007',
          text: 'Desse råda om biletundersøkingar følgjer retningslinjene frå 2007.',
          section: 7,
        },
        {
          id: 'imaging-rarely',
          text:
            'Som regel trengst inga biletundersøking. Unntaket er viss smertene nesten ikkje har endra seg etter 4–6 ' +
            'veker, både ved vanlege ryggsmerter og ved isjias eller mistanke om prolaps.',
          section: 7,
          clinician: 'Biletdiagnostikk er vanlegvis ikkje indisert; vurder ved nær uendra smerter etter 4–6 veker.',
        },
        {
          id: 'imaging-when',
          text:
            'Av og til trengst blodprøver og tilvising til røntgen, MR eller CT – for å vere sikker på at det ikkje er ' +
            'noko alvorleg (det er svært sjeldan), eller når operasjon blir vurdert.',
          section: 7,
          clinician: 'Blodprøver og røntgen/MR/CT ved mistanke om alvorleg patologi eller når kirurgi blir vurdert.',
        },
        {
          id: 'x-ray-seldom',
          text: 'Vanleg røntgen er svært sjeldan til nytte. Også MR og CT finn årsaka til smertene berre hos nokre få.',
          section: 7,
          clinician:
            'Konvensjonell røntgen er svært sjeldan føremålstenleg; MR/CT påviser smerteårsak hos eit lite mindretal.',
        },
        {
          id: 'who-refers',
          text: 'Både legar, kiropraktorar og manuellterapeutar kan vise vidare til biletundersøkingar.',
          section: 7,
        },
      ],
    },
    {
      id: 'advice',
      heading: 'Forklaring og råd',
      items: [
        {
          id: 'explanation',
          text: 'Behandlaren bør forklare på ein måte du forstår, kva som kan vere årsaka til smertene.',
          section: 7,
        },
        {
          id: 'self-help-advice',
          text:
            'Du bør også få råd om eigne tiltak mot smertene, og om korleis du kjem tilbake til gjeremåla i ' +
            'kvardagen.',
          section: 7,
        },
      ],
    },
    {
      id: 'medicines',
      heading: 'Medisinar',
      items: [
        {
          id: 'medicines-2007',
          text: 'Desse råda om medisinar følgjer retningslinjene frå 2007.',
          section: 7,
        },
        {
          id: 'doctors-only',
          text:
            'Berre legar kan skrive ut reseptbelagde medisinar. Det kan vere naudsynt viss reseptfrie medisinar ikkje ' +
            'verkar godt nok.',
          section: 7,
        },
        {
          id: 'stronger-early',
          text: 'Litt sterkare smertelindring kan verke godt i starten.',
          section: 7,
        },
        {
          id: 'little-effect-long-lasting',
          text: 'Medisinar har generelt liten effekt når ryggsmertene har vart lenge.',
          section: 7,
          clinician: 'Legemiddel har generelt liten effekt ved langvarige ryggsmerter.',
        },
        {
          id: 'dependence',
          text: 'Du kan bli avhengig av sterke smertestillande raskare enn mange trur.',
          section: 7,
          clinician: 'Avhengnad av sterke analgetika kan utvikle seg raskare enn mange er klar over.',
        },
      ],
    },
    {
      id: 'sick-leave',
      heading: 'Sjukmelding',
      items: [
        {
          id: 'sick-leave-full-or-graded',
          text: 'Er plagene så store at du ikkje kan gå på jobb, kan du bli sjukmeld heilt eller delvis (gradert).',
          section: 7,
        },
        {
          id: 'sick-leave-graded-first',
          text: 'Gradert sjukmelding skal alltid vurderast først.',
          section: 7,
          clinician: 'Gradert sjukmelding skal alltid vurderast som første alternativ.',
        },
        {
          id: 'sick-leave-agree-early',
          text: 'Du og behandlaren avtaler tidleg kva slags sjukmelding og kor lenge.',
          section: 7,
        },
        {
          id: 'sick-leave-dose',
          text: 'Som medisinar kan sjukmelding bli gjeven i for stor dose og ha biverknader.',
          section: 7,
        },
        {
          id: 'sick-leave-work-helps',
          text:
            'Med fornuftig tilrettelegging saman med arbeidsgivaren kjem mange raskt tilbake. Du treng ikkje ' +
            'vente til smertene er heilt borte, og vanleg arbeid hjelper som regel lækjinga.',
          section: 7,
        },
        {
          id: 'sick-leave-who',
          text: 'Både legar, kiropraktorar og manuellterapeutar kan sjukmelde.',
          section: 7,
        },
      ],
    },
    {
      id: 'other-treatment',
      heading: 'Anna behandling',
      items: [
        {
          id: 'guided-training',
          text: 'Særleg ved langvarige smerter har rettleia trening og fysisk aktivitet vist god nytte.',
          section: 7,
        },
        {
          id: 'focus-shift',
          text:
            'Å flytte fokus frå smertene til ein normal kvardag har mykje å seie for kor lenge smertene varer. I 2007 ' +
            'var slike tilbod dessverre ikkje godt nok bygde ut i Noreg.',
          section: 7,
        },
        {
          id: 'manipulation',
          text:
            'Manipulasjonsbehandling blir oftast gjeven av kiropraktorar og manuellterapeutar. Ved uspesifikke ' +
            'ryggsmerter kan ho lindre smerter og gjere at du fungerer betre, både når plagene er akutte og når dei ' +
            'er langvarige.',
          section: 7,
        },
        {
          id: 'manipulation-early',
          text: 'Det er ikkje vist at manipulasjon heilt i starten av ein akutt episode gjer deg raskare bra.',
          section: 7,
        },
        {
          id: 'manipulation-nerve-root',
          text: 'Manipulasjon er ikkje tilrådd ved akutte nerverotsmerter, men kan prøvast ved langvarig isjias.',
          section: 7,
          clinician: 'Manipulasjon er fråråda ved akutte radikulære smerter; kan prøvast ved langvarig isjias.',
        },
        {
          id: 'heat',
          text: 'Ved akutte ryggsmerter kan du prøve varmebehandling.',
          section: 7,
        },
        {
          id: 'acupuncture-massage',
          text:
            'Ved langvarige smerter kan akupunktur vere eit alternativ. Det same gjeld massasje, særleg saman med ' +
            'trening og øvingar.',
          section: 7,
        },
      ],
    },
    {
      id: 'surgery',
      heading: 'Operasjon',
      items: [
        {
          id: 'few-need',
          text: 'Berre nokre få prosent av alle med ryggplager treng operasjon.',
          section: 7,
        },
        {
          id: 'when-surgery',
          text:
            'Operasjon kan bli aktuelt ved nerverotsmerter, anten på grunn av prolaps eller fordi kanalen for ' +
            'nerverota eller ryggmergen er trong.',
          section: 7,
        },
        {
          id: 'wait',
          text:
            'Ved prolaps lønner det seg som regel å vente 2–3 månader før ein eventuell operasjon. Då er om lag ' +
            '90 % blitt så mykje betre at dei ikkje treng å bli opererte. Men får du problem med vasslatinga, blir ' +
            'nummen i skrittet eller svakare i beinet, skal du kontakte lege med ein gong.',
          section: 7,
          clinician:
            'Prolaps: vent vanlegvis 2–3 månader (ca. 90 % treng då ikkje kirurgi) – unnateke ved blære- eller ' +
            'ridebukssymptom (akutt tilvising) eller progredierande motorisk utfall.',
        },
        {
          id: 'leg-pain',
          text: 'Etter operasjon blir 70–90 % kvitt smertene som strålar ned i foten.',
          section: 7,
          clinician: '70–90 % blir kvitt utstrålande beinsmerter postoperativt.',
        },
        {
          id: 'less-certain',
          text: 'Ved svekt muskelkraft (lammingar) og ved smerter i korsryggen er effekten av operasjon meir usikker.',
          section: 7,
        },
        {
          id: 'stenosis-decision',
          text: 'Ved trong kanal er det gangvanskar og kor lenge plagene har vart, som avgjer om du bør opererast.',
          section: 7,
        },
        {
          id: 'keyhole-recovery',
          text:
            'I dag blir dei fleste operasjonane gjorde som kikkholskirurgi. Dei fleste treng 4–6 veker før dei kjenner ' +
            'seg heilt restituerte (har kome seg), av og til fleire månader.',
          section: 7,
        },
        {
          id: 'fusion',
          text:
            'Endå meir usikkert er resultatet når aldersendringar i korsryggen har gjeve langvarige plager. Det ' +
            'finst i dag ingen god måte å finne ut kven som har nytte av eit slikt inngrep. Det er vanlegvis ei ' +
            'avstiving: virvlane får gro saman ved at det blir lagt bein mellom dei, eller dei blir låste med plater og skruar.',
          section: 7,
          clinician:
            'Avstivingsoperasjon ved degenerative endringar: usikker effekt, og ingen gode seleksjonskriterium.',
        },
        {
          id: 'artificial-disc',
          text: 'Kunstige mellomvirvelskiver er på forsøksstadiet i Noreg, og den operasjonen er langt meir omfattande.',
          section: 7,
        },
        {
          id: 'try-training-first',
          text:
            'Ved langvarige plager etter aldersendringar er det, bortsett frå hos nokre få pasientar, ikkje vist at ein ' +
            'slik operasjon verkar betre enn trening, god rettleiing og hjelp til meistring. Prøv difor dette først.',
          section: 7,
          clinician:
            'Avstiving ved degenerative endringar: med få unntak ikkje vist betre enn trening, rettleiing og ' +
            'meistringsstøtte – prøv dette før kirurgi.',
        },
      ],
    },
    {
      id: 'training',
      heading: 'Trening, oppfølging og tilvising',
      items: [
        {
          id: 'programme-4-6-weeks',
          text: 'Varer plagene i om lag 4–6 veker, er det tilrådd med eit rettleia program med øvingar eller aktivitet.',
          section: 7,
          clinician: 'Vedvarande plager (ca. 4–6 veker): rettleia øvings- eller aktiviseringsprogram.',
        },
        {
          id: 'acute-training',
          text: 'Heilt i starten er det ikkje vist at trening hjelper meir enn å ta opp att vanlege aktivitetar.',
          section: 7,
        },
        {
          id: 'training-follow-up',
          text:
            'Treninga bør følgjast opp over tid, med råd om øvingar du kan gjere heime og gjerne på jobben. ' +
            'Kontrollar kan trengast for å sjå at det går rett veg.',
          section: 7,
        },
        {
          id: 'referral-6-8-weeks',
          text:
            'Har du store plager som har vart lenge (meir enn 6–8 veker), kan du bli tilvist til spesialist eller ' +
            'ryggpoliklinikk.',
          section: 7,
          clinician: 'Monalege plager > 6–8 veker: vurder tilvising til spesialist eller ryggpoliklinikk.',
        },
        {
          id: 'interdisciplinary-clinic',
          text:
            'Dei fleste ryggpoliklinikkar er tverrfaglege. Der samarbeider fleire yrkesgrupper om eit heilskapleg ' +
            'opplegg: ein gjennomgang av livs- og arbeidssituasjonen din, trening for rygg og kondisjon, undervising ' +
            'og hjelp til å meistre kvardag og smerter.',
          section: 7,
        },
        {
          id: 'ryggforeningen',
          text:
            'Ryggforeningen i Norge og lokallaga har sjølvhjelpsgrupper, ryggmeistringskurs og likemannsaktivitetar (støtte frå andre med ryggplager), ' +
            'særleg for deg med langvarige plager.',
          section: 7,
        },
      ],
    },
  ],
  keyMessages: [
    { id: 'x-ray-key', text: 'Røntgenbilete viser sjeldan kvifor ryggen din gjer vondt.', section: 7 },
    { id: 'work-key', text: 'Jobb med ryggen din.', section: 7 },
    { id: 'surgery-key', text: 'Det er sjeldan naudsynt å operere ryggen.', section: 7 },
  ],
};

export default content;
