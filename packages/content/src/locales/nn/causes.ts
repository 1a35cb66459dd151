import type { CausesContent } from '../../types/causes.js';
import common from './common.js';

const content: CausesContent = {
  common,
  ui: {
    title: common.sectionHeadings[1],
    typesHeading: 'Ulike typar ryggsmerter',
    shareLabel: 'Del av alle med ryggsmerter',
    durationHeading: 'Akutte og langvarige smerter',
    diagnosisHeading: 'Slik blir diagnosen stilt',
    riskHeading: 'Årsaker og risikofaktorar',
    psychologyHeading: 'Psykiske forhold',
    viciousCircleHeading: 'Dette kan halde smertene ved like',
    recoveryHeading: common.sectionHeadings[8],
    factsTitle: 'Fakta om vond rygg',
    courseHeading: 'Slik går det vanlegvis',
    courseAcute: 'Akutte ryggsmerter',
    courseNerveRoot: 'Nerverotsmerter',
    courseRelapse: 'Plagene kjem tilbake',
    courseWeeks: 'Nokre veker',
    courseMonths: 'Fleire månader',
    courseYears: '1–2 år',
  },
  intro: [
    {
      id: 'cause-unclear',
      text:
        'Som regel går det ikkje an å seie sikkert kvar smertene kjem frå, eller kva som utløyser dei. ' +
        'Fleire delar i og rundt ryggsøyla kan gje smerter på same tid.',
      section: 1,
    },
    {
      id: 'non-specific-names',
      text:
        'Difor blir dei vanlegaste ryggsmertene kalla uspesifikke. Andre namn er lumbago (latin for smerter i ' +
        'korsryggen), kink og hekseskot.',
      section: 1,
    },
    {
      id: 'harmless-but-painful',
      text:
        'Heldigvis er det som oftast snakk om heilt ufarlege tilstandar, men det kan gjere svært vondt. ' +
        'Musklane kan kjennast som om dei har knytt seg eller er i krampe.',
      section: 1,
    },
    {
      id: 'nerve-root',
      text:
        'Nokre gonger er det ein prolaps som irriterer ei nerverot. Andre gonger er kanalen der nerverota går ut, ' +
        'så trong at nerverota blir irritert.',
      section: 1,
    },
    {
      id: 'serious-rare',
      text:
        'Sjeldan ligg det ein annan og meir alvorleg sjukdom bak, til dømes brot i ryggen (som regel på grunn av ' +
        'beinskjørheit), infeksjon, revmatisk betennelsessjukdom, svulst eller kreft. Dette gjeld færre enn 5 % av ' +
        'alle med vondt i ryggen.',
      section: 1,
      clinician:
        'Alvorleg spesifikk patologi (fraktur, oftast osteoporotisk; infeksjon; inflammatorisk revmatisk sjukdom; ' +
        'tumor/kreft): under 5 %.',
    },
    {
      id: 'key-message',
      text: 'Det er svært sjeldan ein farleg sjukdom som gjev vond rygg.',
      section: 1,
    },
  ],
  duration: [
    {
      id: 'acute',
      text: 'Ryggsmerter som har vart i mindre enn 3 månader, blir kalla akutte.',
      section: 1,
      clinician: 'Akutte: varigheit under 3 månader.',
    },
    {
      id: 'long-lasting',
      text: 'Varer plagene lenger, blir dei kalla langvarige eller kroniske.',
      section: 1,
      clinician: 'Langvarige (kroniske): varigheit 3 månader eller meir.',
    },
    {
      id: 'by-cause',
      text:
        'Smertene kan også sorterast etter årsak. Fordi den konkrete årsaka sjeldan kan slåast fast med tryggleik, ' +
        'brukar fagfolk i Noreg og internasjonalt tre grupper.',
      section: 1,
    },
  ],
  types: [
    {
      id: 'non-specific',
      name: 'Vanlege, uspesifikke ryggsmerter (lumbago)',
      text: 'Den klart vanlegaste typen. Årsaka kan ikkje slåast fast med tryggleik.',
      share: '85–90 %',
      shareMin: 85,
      shareMax: 90,
      section: 1,
      clinician: 'Uspesifikke korsryggsmerter: 85–90 %.',
    },
    {
      id: 'nerve-root',
      name: 'Nerverotsmerter (isjias)',
      text: 'Smerter som strålar ut nedanfor kneet. Oftast kjem dei av ein prolaps eller ein trong nerverotkanal.',
      share: '5–10 %',
      shareMin: 5,
      shareMax: 10,
      section: 1,
      clinician: 'Nerverotsmerter med utstråling distalt for kneet, oftast ved prolaps eller rotkanalstenose: 5–10 %.',
    },
    {
      id: 'other-disease',
      name: 'Annan sjukdom',
      text: 'Til dømes brot, infeksjon, revmatisk sjukdom eller svulst.',
      share: '1–5 %',
      shareMin: 1,
      shareMax: 5,
      section: 1,
      clinician: 'Spesifikk sjukdom (fraktur, infeksjon, revmatisk sjukdom, tumor): 1–5 %.',
    },
  ],
  diagnosis: [
    {
      id: 'personal-exam',
      text:
        'For å stille ein diagnose må du bli undersøkt personleg av ein lege, fysioterapeut, kiropraktor eller ' +
        'manuellterapeut.',
      section: 1,
    },
    {
      id: 'basis-for-advice',
      text: 'Undersøkinga er grunnlaget for dei råda og tiltaka som passar for nettopp deg.',
      section: 1,
    },
  ],
  riskIntro: {
    id: 'risk-uncertain',
    text: 'Vi veit lite sikkert om årsakene, og samanhengane er som regel svake. Dette har likevel truleg noko å seie:',
    section: 1,
  },
  riskFactors: [
    { id: 'heavy-lifting', text: 'Tunge løft og vridingar', section: 1 },
    { id: 'monotonous-work', text: 'Einsformig kroppsarbeid', section: 1 },
    {
      id: 'whole-body-vibration',
      text: 'Mykje risting av heile kroppen, til dømes når du køyrer visse maskinar eller transportmiddel',
      section: 1,
    },
    {
      id: 'poor-fitness',
      text: 'Dårleg form og lite aktivitet over lang tid, som gjer det meir sannsynleg at plagene kjem att',
      section: 1,
    },
  ],
  riskNotes: [
    {
      id: 'mixed-load',
      text: 'Ofte er det ei blanding av for mykje, for lite og feil belasting.',
      section: 1,
    },
    {
      id: 'trigger',
      text:
        'Mange kjenner at ei bestemt belasting sette i gang smertene, men den eigentlege årsaka er ofte ukjend. ' +
        'Nokre gonger reagerer musklane på overbelasting. Andre gonger er belastinga det vesle ekstra som skal til ' +
        'for at ei skive som alt var skadd, byrjar å gjere vondt.',
      section: 1,
    },
    {
      id: 'heredity',
      text: 'Arv kan også auke risikoen, til dømes dersom foreldra dine har hatt ryggproblem.',
      section: 1,
    },
    {
      id: 'smoking-overweight',
      text: 'Det er uvisst om røyking og mykje overvekt har noko å seie. Forskinga gjev ikkje noko klart svar.',
      section: 1,
    },
    {
      id: 'combination',
      text: 'Ofte verkar fleire årsaker saman.',
      section: 1,
    },
    {
      id: 'many-without-pain',
      text: 'Mange har éin eller fleire slike årsaker eller risikofaktorar utan å få vondt i ryggen.',
      section: 1,
    },
  ],
  psychological: [
    {
      id: 'not-mental-illness',
      text: 'Ryggsmerter er ikkje ei psykisk liding. Men smerter som er sterke og varer lenge, påverkar oss over tid.',
      section: 1,
    },
    {
      id: 'tired',
      text: 'Dei fleste blir slitne og trøytte, og humøret kan bli dårlegare.',
      section: 1,
    },
    {
      id: 'relationships',
      text: 'Langvarige smerter kan tære på forholdet til familie, vener og kollegaer.',
      section: 1,
    },
    {
      id: 'sleep',
      text: 'Smertene går ofte ut over søvnen. Då blir du mindre opplagd og orkar mindre om dagen.',
      section: 1,
    },
    {
      id: 'work-and-private',
      text: 'Å mistrivast på jobben eller ha andre problem privat gjer ofte at plagene kjennest verre.',
      section: 1,
    },
    {
      id: 'mind-and-duration',
      text:
        'Korleis du har det psykisk, har mykje å seie for kor lenge smertene varer. Det kan bli ein vond sirkel som ' +
        'er vanskeleg å bryte.',
      section: 1,
    },
  ],
  viciousCircle: [
    {
      id: 'little-hope',
      text: 'Lita tru på at det blir betre, eller på at du kjem tilbake i jobb',
      section: 1,
      clinician: 'Låge forventingar til betring eller til retur i arbeid',
    },
    {
      id: 'fear-of-pain',
      text: 'Redsle for smertene, eller å tru at smertene er farlege. Det er dei svært sjeldan, men redsla gjer vondt verre',
      section: 1,
      clinician: 'Frykt for smerte / oppfatning av smerte som farleg',
    },
    {
      id: 'earlier-sick-leave',
      text: 'Tidlegare langvarige ryggplager med lang sjukmelding',
      section: 1,
      clinician: 'Tidlegare langvarige ryggplager med langvarig sjukefråvær',
    },
  ],
  viciousCircleHelp: {
    id: 'interdisciplinary-help',
    text:
      'Eit godt tverrfagleg behandlingsopplegg kan fange opp slike problem og hjelpe deg å meistre dei, slik at du ' +
      'kjem tilbake i jobb og vanleg kvardag.',
    section: 1,
  },
  recovery: [
    {
      id: 'most-recover',
      text:
        'Dei aller fleste med akutte ryggsmerter blir bra eller mykje betre i løpet av nokre få veker, anten dei får ' +
        'behandling eller ikkje.',
      section: 8,
    },
    {
      id: 'relapse',
      text:
        'Nokre får plagene att i løpet av 1–2 år, og mange merkar at smertene kjem og går over lang tid. ' +
        'Det er korkje farleg eller unormalt.',
      section: 8,
      clinician: 'Ein del får tilbakefall innan 1–2 år; svingande forløp er i seg sjølv korkje farleg eller unormalt.',
    },
    {
      id: 'coping',
      text: 'Det gjeld å lære å meistre plagene, og av og til å leve med dei.',
      section: 8,
    },
    {
      id: 'nerve-root-longer',
      text: 'Nerverotsmerter tek ofte lengre tid, kanskje fleire månader.',
      section: 8,
    },
    {
      id: 'prolapse-shrinks',
      text:
        'Ein prolaps som bular ut i nerverotkanalen, byrjar som regel å tørke inn og skrumpe ganske snart. ' +
        'Då merkar du at smertene ned i beinet blir svakare.',
      section: 8,
    },
    {
      id: 'numbness-lasts',
      text: 'Prikking og nummenheit kan ta lang tid å gå heilt bort, og det same gjeld full kraft i musklane.',
      section: 8,
    },
  ],
};

export default content;
