import type { TreatmentContent } from '../../types/treatment.js';
import common from './common.js';

const content: TreatmentContent = {
  common,
  ui: {
    title: common.sectionHeadings[7],
    groupsHeading: 'Hva kan fagfolkene gjøre?',
    keyMessagesHeading: 'Verdt å huske',
  },
  intro: [
    {
      id: 'guidance-2007',
      text: 'Dette beskriver behandling slik norske retningslinjer fra 2007 så den. Nyere retningslinjer avviker noen steder, for eksempel om bildeundersøkelser og om hvilke smertestillende du bør prøve først.',
      section: 7,
    },
    {
      id: 'who',
      text:
        'Leger, fysioterapeuter, kiropraktorer og manuellterapeuter har offentlig godkjenning (autorisasjon) i Norge ' +
        'til å undersøke og behandle ryggplager. Enkelte andre yrkesgrupper kan også gi smertelindring.',
      section: 7,
    },
    {
      id: 'when',
      text: 'Blir smertene svært plagsomme, eller varer de urimelig lenge, kan fagfolk ofte hjelpe deg godt.',
      section: 7,
    },
    {
      id: 'goal',
      text: 'Målet med all ryggbehandling er at du skal fungere bedre i hverdagen og ha mindre vondt.',
      section: 7,
    },
    {
      id: 'exact-cause',
      text:
        'Selv om det er forsket mye, er det fortsatt sjelden mulig å finne nøyaktig hvorfor akkurat du har fått ' +
        'vondt i ryggen.',
      section: 7,
    },
    {
      id: 'acute-resolves',
      text:
        'Akutte ryggsmerter går som regel over av seg selv. Smertelindring gjør det lettere å være aktiv og bruke ' +
        'kroppen riktig, og da går tilhelingen fortere.',
      section: 7,
    },
    {
      id: 'long-lasting-needs',
      text:
        'Ved langvarige smerter er det vanligvis større behov for å bli undersøkt og behandlet av fagfolk, og for ' +
        'råd og hjelp til å komme i gang med vanlige aktiviteter igjen.',
      section: 7,
    },
  ],
  groups: [
    {
      id: 'examination',
      heading: 'Undersøkelse',
      items: [
        {
          id: 'history-and-exam',
          text: 'Behandleren spør hvordan plagene begynte og har utviklet seg (sykehistorien), og undersøker deg.',
          section: 7,
          clinician: 'Sykehistorie og klinisk undersøkelse.',
        },
        {
          id: 'which-kind',
          text:
            'Slik prøver behandleren å finne ut hvilken type ryggplage du har: vanlige ryggsmerter, trange ' +
            'forhold i ryggen eller nerverotsmerter fordi du har en prolaps. Av og til trengs videre utredning.',
          section: 7,
          clinician:
            'Sortering: uspesifikke smerter, spinal stenose, radikulære smerter ved prolaps, eller behov for videre utredning.',
        },
      ],
    },
    {
      id: 'imaging',
      heading: 'Røntgen og andre undersøkelser',
      items: [
        {
          id: 'imaging-2007',
          text: 'Disse rådene om bildeundersøkelser følger retningslinjene fra 2007.',
          section: 7,
        },
        {
          id: 'imaging-rarely',
          text:
            'Som regel trengs ingen bildeundersøkelse. Unntaket er hvis smertene nesten ikke har endret seg etter 4–6 uker, ' +
            'både ved vanlige ryggsmerter og ved isjias eller mistanke om prolaps.',
          section: 7,
          clinician: 'Bildediagnostikk er vanligvis ikke indisert; vurder ved nær uendrede smerter etter 4–6 uker.',
        },
        {
          id: 'imaging-when',
          text:
            'Av og til trengs blodprøver og henvisning til røntgen, MR eller CT – for å være sikker på at det ikke er ' +
            'noe alvorlig (det er svært sjelden), eller når operasjon vurderes.',
          section: 7,
          clinician: 'Blodprøver og røntgen/MR/CT ved mistanke om alvorlig patologi eller når kirurgi vurderes.',
        },
        {
          id: 'x-ray-seldom',
          text: 'Vanlig røntgen er svært sjelden til nytte. Også MR og CT finner årsaken til smertene bare hos noen få.',
          section: 7,
          clinician:
            'Konvensjonell røntgen er svært sjelden hensiktsmessig; MR/CT påviser smerteårsak hos et lite mindretall.',
        },
        {
          id: 'who-refers',
          text: 'Både leger, kiropraktorer og manuellterapeuter kan henvise til bildeundersøkelser.',
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
          text: 'Behandleren bør forklare på en måte du forstår, hva som kan være årsaken til smertene.',
          section: 7,
        },
        {
          id: 'self-help-advice',
          text:
            'Du bør også få råd om egne tiltak mot smertene, og om hvordan du kommer tilbake til gjøremålene i ' +
            'hverdagen.',
          section: 7,
        },
      ],
    },
    {
      id: 'medicines',
      heading: 'Medisiner',
      items: [
        {
          id: 'medicines-2007',
          text: 'Disse rådene om medisiner følger retningslinjene fra 2007.',
          section: 7,
        },
        {
          id: 'doctors-only',
          text:
            'Bare leger kan skrive ut reseptbelagte medisiner. Det kan være nødvendig hvis reseptfrie medisiner ikke ' +
            'virker godt nok.',
          section: 7,
        },
        {
          id: 'stronger-early',
          text: 'Litt sterkere smertelindring kan virke godt i starten.',
          section: 7,
        },
        {
          id: 'little-effect-long-lasting',
          text: 'Medisiner har generelt liten effekt når ryggsmertene har vart lenge.',
          section: 7,
          clinician: 'Legemidler har generelt liten effekt ved langvarige ryggsmerter.',
        },
        {
          id: 'dependence',
          text: 'Du kan bli avhengig av sterke smertestillende raskere enn mange tror.',
          section: 7,
          clinician: 'Avhengighet av sterke analgetika kan utvikles raskere enn mange er klar over.',
        },
      ],
    },
    {
      id: 'sick-leave',
      heading: 'Sykmelding',
      items: [
        {
          id: 'sick-leave-full-or-graded',
          text: 'Er plagene så store at du ikke kan gå på jobb, kan du bli sykmeldt helt eller delvis (gradert).',
          section: 7,
        },
        {
          id: 'sick-leave-graded-first',
          text: 'Gradert sykmelding skal alltid vurderes først.',
          section: 7,
          clinician: 'Gradert sykmelding skal alltid vurderes som første alternativ.',
        },
        {
          id: 'sick-leave-agree-early',
          text: 'Du og behandleren avtaler tidlig hva slags sykmelding og hvor lenge.',
          section: 7,
        },
        {
          id: 'sick-leave-dose',
          text: 'Som medisiner kan sykmelding gis i for stor dose og ha bivirkninger.',
          section: 7,
        },
        {
          id: 'sick-leave-work-helps',
          text:
            'Med fornuftig tilrettelegging sammen med arbeidsgiveren kommer mange raskt tilbake. Du trenger ikke ' +
            'vente til smertene er helt borte, og vanlig arbeid hjelper som regel tilhelingen.',
          section: 7,
        },
        {
          id: 'sick-leave-who',
          text: 'Både leger, kiropraktorer og manuellterapeuter kan sykmelde.',
          section: 7,
        },
      ],
    },
    {
      id: 'other-treatment',
      heading: 'Annen behandling',
      items: [
        {
          id: 'guided-training',
          text: 'Særlig ved langvarige smerter har veiledet trening og fysisk aktivitet vist god nytte.',
          section: 7,
        },
        {
          id: 'focus-shift',
          text:
            'Å flytte fokus fra smertene til en normal hverdag betyr mye for hvor lenge smertene varer. I 2007 var ' +
            'slike tilbud dessverre ikke godt nok bygget ut i Norge.',
          section: 7,
        },
        {
          id: 'manipulation',
          text:
            'Manipulasjonsbehandling gis oftest av kiropraktorer og manuellterapeuter. Ved uspesifikke ryggsmerter ' +
            'kan den lindre smerter og gjøre at du fungerer bedre, både når plagene er akutte og når de er langvarige.',
          section: 7,
        },
        {
          id: 'manipulation-early',
          text: 'Det er ikke vist at manipulasjon helt i starten av en akutt episode gjør deg raskere bra.',
          section: 7,
        },
        {
          id: 'manipulation-nerve-root',
          text: 'Manipulasjon anbefales ikke ved akutte nerverotsmerter, men kan prøves ved langvarig isjias.',
          section: 7,
          clinician: 'Manipulasjon frarådes ved akutte radikulære smerter; kan forsøkes ved langvarig isjias.',
        },
        {
          id: 'heat',
          text: 'Ved akutte ryggsmerter kan du prøve varmebehandling.',
          section: 7,
        },
        {
          id: 'acupuncture-massage',
          text:
            'Ved langvarige smerter kan akupunktur være et alternativ. Det samme gjelder massasje, særlig sammen med ' +
            'trening og øvelser.',
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
          text: 'Bare noen få prosent av alle med ryggplager trenger operasjon.',
          section: 7,
        },
        {
          id: 'when-surgery',
          text:
            'Operasjon kan bli aktuelt ved nerverotsmerter, enten på grunn av prolaps eller fordi kanalen for ' +
            'nerveroten eller ryggmargen er trang.',
          section: 7,
        },
        {
          id: 'wait',
          text:
            'Ved prolaps lønner det seg som regel å vente 2–3 måneder før en eventuell operasjon. Da er omtrent ' +
            '90 % blitt så mye bedre at de ikke trenger å opereres. Men får du problemer med vannlatingen, blir ' +
            'nummen i skrittet eller svakere i beinet, skal du kontakte lege med en gang.',
          section: 7,
          clinician:
            'Prolaps: avvent vanligvis 2–3 måneder (ca. 90 % trenger da ikke kirurgi) – unntatt ved blære- eller ' +
            'ridebukssymptomer (akutt henvisning) eller progredierende motorisk utfall.',
        },
        {
          id: 'leg-pain',
          text: 'Etter operasjon blir 70–90 % kvitt smertene som stråler ned i foten.',
          section: 7,
          clinician: '70–90 % blir kvitt utstrålende bensmerter postoperativt.',
        },
        {
          id: 'less-certain',
          text: 'Ved svekket muskelkraft (lammelser) og ved smerter i korsryggen er effekten av operasjon mer usikker.',
          section: 7,
        },
        {
          id: 'stenosis-decision',
          text: 'Ved trang kanal er det gangvansker og hvor lenge plagene har vart, som avgjør om du bør opereres.',
          section: 7,
        },
        {
          id: 'keyhole-recovery',
          text:
            'I dag gjøres de fleste operasjonene som kikkhullskirurgi. De fleste trenger 4–6 uker før de føler seg ' +
            'helt restituert (kommet seg), av og til flere måneder.',
          section: 7,
        },
        {
          id: 'fusion',
          text:
            'Enda mer usikkert er resultatet når aldersforandringer i korsryggen har gitt langvarige plager. Det ' +
            'finnes i dag ingen god måte å finne ut hvem som har nytte av et slikt inngrep. Det er vanligvis en ' +
            'avstivning: virvlene får gro sammen ved at det legges bein mellom dem, eller de låses med plater og skruer.',
          section: 7,
          clinician:
            'Avstivningsoperasjon ved degenerative forandringer: usikker effekt, og ingen gode seleksjonskriterier.',
        },
        {
          id: 'artificial-disc',
          text: 'Kunstige mellomvirvelskiver er på forsøksstadiet i Norge, og den operasjonen er langt mer omfattende.',
          section: 7,
        },
        {
          id: 'try-training-first',
          text:
            'Ved langvarige plager etter aldersforandringer er det, bortsett fra hos noen få pasienter, ikke vist at en ' +
            'slik operasjon virker bedre enn trening, god veiledning og hjelp til mestring. Prøv derfor dette først.',
          section: 7,
          clinician:
            'Avstivning ved degenerative forandringer: med få unntak ikke vist bedre enn trening, veiledning og ' +
            'mestringsstøtte – prøv dette før kirurgi.',
        },
      ],
    },
    {
      id: 'training',
      heading: 'Trening, oppfølging og henvisning',
      items: [
        {
          id: 'programme-4-6-weeks',
          text: 'Varer plagene i omtrent 4–6 uker, anbefales et veiledet program med øvelser eller aktivitet.',
          section: 7,
          clinician: 'Vedvarende plager (ca. 4–6 uker): veiledet øvelses- eller aktiviseringsprogram.',
        },
        {
          id: 'acute-training',
          text: 'Helt i starten er det ikke vist at trening hjelper mer enn å ta opp igjen vanlige aktiviteter.',
          section: 7,
        },
        {
          id: 'training-follow-up',
          text:
            'Treningen bør følges opp over tid, med råd om øvelser du kan gjøre hjemme og gjerne på jobben. ' +
            'Kontroller kan trengs for å se at det går rett vei.',
          section: 7,
        },
        {
          id: 'referral-6-8-weeks',
          text:
            'Har du store plager som har vart lenge (mer enn 6–8 uker), kan du bli henvist til spesialist eller ' +
            'ryggpoliklinikk.',
          section: 7,
          clinician: 'Betydelige plager > 6–8 uker: vurder henvisning til spesialist eller ryggpoliklinikk.',
        },
        {
          id: 'interdisciplinary-clinic',
          text:
            'De fleste ryggpoliklinikker er tverrfaglige. Der samarbeider flere yrkesgrupper om et helhetlig opplegg: ' +
            'en gjennomgang av livs- og arbeidssituasjonen din, trening for rygg og kondisjon, undervisning og hjelp ' +
            'til å mestre hverdag og smerter.',
          section: 7,
        },
        {
          id: 'ryggforeningen',
          text:
            'Ryggforeningen i Norge og lokallagene har selvhjelpsgrupper, ryggmestringskurs og likemannsaktiviteter (støtte fra andre med ryggplager), ' +
            'særlig for deg med langvarige plager.',
          section: 7,
        },
      ],
    },
  ],
  keyMessages: [
    { id: 'x-ray-key', text: 'Røntgenbilder viser sjelden hvorfor ryggen din gjør vondt.', section: 7 },
    { id: 'work-key', text: 'Jobb med ryggen din.', section: 7 },
    { id: 'surgery-key', text: 'Det er sjelden nødvendig å operere ryggen.', section: 7 },
  ],
};

export default content;
