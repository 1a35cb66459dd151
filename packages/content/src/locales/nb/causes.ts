import type { CausesContent } from '../../types/causes.js';
import common from './common.js';

const content: CausesContent = {
  common,
  ui: {
    title: common.sectionHeadings[1],
    typesHeading: 'Ulike typer ryggsmerter',
    shareLabel: 'Andel av alle med ryggsmerter',
    durationHeading: 'Akutte og langvarige smerter',
    diagnosisHeading: 'Slik stilles diagnosen',
    riskHeading: 'Årsaker og risikofaktorer',
    psychologyHeading: 'Psykiske forhold',
    viciousCircleHeading: 'Dette kan holde smertene ved like',
    recoveryHeading: common.sectionHeadings[8],
    factsTitle: 'Fakta om vond rygg',
    courseHeading: 'Slik går det vanligvis',
    courseAcute: 'Akutte ryggsmerter',
    courseNerveRoot: 'Nerverotsmerter',
    courseRelapse: 'Plagene kommer tilbake',
    courseWeeks: 'Noen uker',
    courseMonths: 'Flere måneder',
    courseYears: '1–2 år',
  },
  intro: [
    {
      id: 'cause-unclear',
      text:
        'Som regel går det ikke an å si sikkert hvor smertene kommer fra, eller hva som utløser dem. ' +
        'Flere deler i og rundt ryggsøylen kan gi smerter på samme tid.',
      section: 1,
    },
    {
      id: 'non-specific-names',
      text:
        'Derfor kalles de vanligste ryggsmertene uspesifikke. Andre navn er lumbago (latin for smerter i korsryggen), ' +
        'kink og hekseskudd.',
      section: 1,
    },
    {
      id: 'harmless-but-painful',
      text:
        'Heldigvis er det som oftest snakk om helt ufarlige tilstander, men det kan gjøre svært vondt. ' +
        'Musklene kan kjennes som om de har knyttet seg eller er i krampe.',
      section: 1,
    },
    {
      id: 'nerve-root',
      text:
        'Noen ganger er det en prolaps som irriterer en nerverot. Andre ganger er kanalen der nerveroten går ut, ' +
        'så trang at nerveroten blir irritert.',
      section: 1,
    },
    {
      id: 'serious-rare',
      text:
        'Sjelden ligger det en annen og mer alvorlig sykdom bak, for eksempel brudd i ryggen (som regel på grunn av ' +
        'beinskjørhet), infeksjon, revmatisk betennelsessykdom, svulst eller kreft. Dette gjelder færre enn 5 % av ' +
        'alle med vondt i ryggen.',
      section: 1,
      clinician:
        'Alvorlig spesifikk patologi (fraktur, oftest osteoporotisk; infeksjon; inflammatorisk revmatisk sykdom; ' +
        'tumor/kreft): under 5 %.',
    },
    {
      id: 'key-message',
      text: 'Det er svært sjelden en farlig sykdom som gir vond rygg.',
      section: 1,
    },
  ],
  duration: [
    {
      id: 'acute',
      text: 'Ryggsmerter som har vart i mindre enn 3 måneder, kalles akutte.',
      section: 1,
      clinician: 'Akutte: varighet under 3 måneder.',
    },
    {
      id: 'long-lasting',
      text: 'Varer plagene lenger, kalles de langvarige eller kroniske.',
      section: 1,
      clinician: 'Langvarige (kroniske): varighet 3 måneder eller mer.',
    },
    {
      id: 'by-cause',
      text:
        'Smertene kan også sorteres etter årsak. Fordi den konkrete årsaken sjelden kan slås fast med sikkerhet, ' +
        'bruker fagfolk i Norge og internasjonalt tre grupper.',
      section: 1,
    },
  ],
  types: [
    {
      id: 'non-specific',
      name: 'Vanlige, uspesifikke ryggsmerter (lumbago)',
      text: 'Den klart vanligste typen. Årsaken kan ikke slås fast med sikkerhet.',
      share: '85–90 %',
      shareMin: 85,
      shareMax: 90,
      section: 1,
      clinician: 'Uspesifikke korsryggsmerter: 85–90 %.',
    },
    {
      id: 'nerve-root',
      name: 'Nerverotsmerter (isjias)',
      text: 'Smerter som stråler ut nedenfor kneet. Oftest skyldes de en prolaps eller en trang nerverotkanal.',
      share: '5–10 %',
      shareMin: 5,
      shareMax: 10,
      section: 1,
      clinician: 'Nerverotsmerter med utstråling distalt for kneet, oftest ved prolaps eller rotkanalstenose: 5–10 %.',
    },
    {
      id: 'other-disease',
      name: 'Annen sykdom',
      text: 'For eksempel brudd, infeksjon, revmatisk sykdom eller svulst.',
      share: '1–5 %',
      shareMin: 1,
      shareMax: 5,
      section: 1,
      clinician: 'Spesifikk sykdom (fraktur, infeksjon, revmatisk sykdom, tumor): 1–5 %.',
    },
  ],
  diagnosis: [
    {
      id: 'personal-exam',
      text:
        'For å stille en diagnose må du undersøkes personlig av en lege, fysioterapeut, kiropraktor eller ' +
        'manuellterapeut.',
      section: 1,
    },
    {
      id: 'basis-for-advice',
      text: 'Undersøkelsen er grunnlaget for de rådene og tiltakene som passer for nettopp deg.',
      section: 1,
    },
  ],
  riskIntro: {
    id: 'risk-uncertain',
    text: 'Vi vet lite sikkert om årsakene, og sammenhengene er som regel svake. Dette har likevel trolig betydning:',
    section: 1,
  },
  riskFactors: [
    { id: 'heavy-lifting', text: 'Tunge løft og vridninger', section: 1 },
    { id: 'monotonous-work', text: 'Ensformig kroppsarbeid', section: 1 },
    {
      id: 'whole-body-vibration',
      text: 'Mye risting av hele kroppen, for eksempel når du kjører visse maskiner eller transportmidler',
      section: 1,
    },
    {
      id: 'poor-fitness',
      text: 'Dårlig form og lite aktivitet over lang tid, som gjør det mer sannsynlig at plagene kommer tilbake',
      section: 1,
    },
  ],
  riskNotes: [
    {
      id: 'mixed-load',
      text: 'Ofte er det en blanding av for mye, for lite og feil belastning.',
      section: 1,
    },
    {
      id: 'trigger',
      text:
        'Mange kjenner at en bestemt belastning satte i gang smertene, men den egentlige årsaken er ofte ukjent. ' +
        'Noen ganger reagerer musklene på overbelastning. Andre ganger er belastningen det lille ekstra som skal til ' +
        'for at en skive som allerede var skadet, begynner å gjøre vondt.',
      section: 1,
    },
    {
      id: 'heredity',
      text: 'Arv kan også øke risikoen, for eksempel hvis foreldrene dine har hatt ryggproblemer.',
      section: 1,
    },
    {
      id: 'smoking-overweight',
      text: 'Det er usikkert om røyking og mye overvekt betyr noe. Forskningen gir ikke et klart svar.',
      section: 1,
    },
    {
      id: 'combination',
      text: 'Ofte virker flere årsaker sammen.',
      section: 1,
    },
    {
      id: 'many-without-pain',
      text: 'Mange har én eller flere slike årsaker eller risikofaktorer uten å få vondt i ryggen.',
      section: 1,
    },
  ],
  psychological: [
    {
      id: 'not-mental-illness',
      text: 'Ryggsmerter er ikke en psykisk lidelse. Men smerter som er sterke og varer lenge, påvirker oss over tid.',
      section: 1,
    },
    {
      id: 'tired',
      text: 'De fleste blir slitne og trette, og humøret kan bli dårligere.',
      section: 1,
    },
    {
      id: 'relationships',
      text: 'Langvarige smerter kan tære på forholdet til familie, venner og kolleger.',
      section: 1,
    },
    {
      id: 'sleep',
      text: 'Smertene går ofte ut over søvnen. Da blir du mindre opplagt og orker mindre om dagen.',
      section: 1,
    },
    {
      id: 'work-and-private',
      text: 'Å mistrives på jobben eller ha andre problemer privat gjør ofte at plagene kjennes verre.',
      section: 1,
    },
    {
      id: 'mind-and-duration',
      text:
        'Hvordan du har det psykisk, betyr mye for hvor lenge smertene varer. Det kan bli en ond sirkel som er ' +
        'vanskelig å bryte.',
      section: 1,
    },
  ],
  viciousCircle: [
    {
      id: 'little-hope',
      text: 'Liten tro på at det blir bedre, eller på at du kommer tilbake i jobb',
      section: 1,
      clinician: 'Lave forventninger til bedring eller til retur i arbeid',
    },
    {
      id: 'fear-of-pain',
      text: 'Frykt for smertene, eller å tro at smertene er farlige. Det er de svært sjelden, men frykten gjør vondt verre',
      section: 1,
      clinician: 'Frykt for smerte / oppfatning av smerte som farlig',
    },
    {
      id: 'earlier-sick-leave',
      text: 'Tidligere langvarige ryggplager med lang sykmelding',
      section: 1,
      clinician: 'Tidligere langvarige ryggplager med langvarig sykefravær',
    },
  ],
  viciousCircleHelp: {
    id: 'interdisciplinary-help',
    text:
      'Et godt tverrfaglig behandlingsopplegg kan fange opp slike problemer og hjelpe deg å mestre dem, slik at du ' +
      'kommer tilbake i jobb og vanlig hverdag.',
    section: 1,
  },
  recovery: [
    {
      id: 'most-recover',
      text:
        'De aller fleste med akutte ryggsmerter blir bra eller mye bedre i løpet av noen få uker, enten de får behandling ' +
        'eller ikke.',
      section: 8,
    },
    {
      id: 'relapse',
      text:
        'Noen får plagene tilbake i løpet av 1–2 år, og mange merker at smertene kommer og går over lang tid. ' +
        'Det er verken farlig eller unormalt.',
      section: 8,
      clinician: 'En del får tilbakefall innen 1–2 år; svingende forløp er i seg selv verken farlig eller unormalt.',
    },
    {
      id: 'coping',
      text: 'Det gjelder å lære å mestre plagene, og av og til å leve med dem.',
      section: 8,
    },
    {
      id: 'nerve-root-longer',
      text: 'Nerverotsmerter tar ofte lengre tid, kanskje flere måneder.',
      section: 8,
    },
    {
      id: 'prolapse-shrinks',
      text:
        'En prolaps som buler ut i nerverotkanalen, begynner som regel å tørke inn og skrumpe ganske snart. ' +
        'Da merker du at smertene ned i beinet blir svakere.',
      section: 8,
    },
    {
      id: 'numbness-lasts',
      text: 'Prikking og nummenhet kan ta lang tid å gå helt bort, og det samme gjelder full kraft i musklene.',
      section: 8,
    },
  ],
};

export default content;
