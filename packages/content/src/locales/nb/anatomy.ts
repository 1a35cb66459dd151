import type { AnatomyContent } from '../../types/anatomy.js';
import common from './common.js';

const content: AnatomyContent = {
  common,
  ui: {
    title: 'Slik er ryggen bygget',
    diagramLabel: 'Tegning av ryggsøylen',
    views: { spine: 'Hele ryggsøylen', segment: 'Utsnitt: to virvler med skive' },
    viewLabel: 'Visning',
    conditionLabel: 'Vis forandring',
    regionCount: { cervical: '7 nakkevirvler', thoracic: '12 brystvirvler', lumbar: '5 korsryggvirvler' },
    vertebraPrefix: { cervical: 'C', thoracic: 'T', lumbar: 'L' },
    vertebraLabel: 'Virvel',
    sacrum: 'Korsbein',
    highlighted: 'uthevet',
    regionsHeading: 'Ryggsøylens tre deler',
    structuresHeading: 'Delene av ryggen',
    musclesHeading: 'Musklene',
    conditionsHeading: 'Forandringer med årene',
    textAlternativeHeading: 'Tegningen forklart i tekst',
    showTextAlternative: 'Vis tegningen som tekst',
    hideTextAlternative: 'Skjul tekstversjonen',
    selectedHeading: 'Valgt del',
    selectPrompt: 'Velg en del av tegningen for å lese om den',
    shownCondition: 'Tegningen viser',
    highlightedParts: 'Uthevet på tegningen',
    previousPart: 'Forrige del',
    nextPart: 'Neste del',
    rootRoles: {
      exiting: 'Går ut gjennom nerverotkanalen mellom L4 og L5, over skiven.',
      traversing:
        'Går ned forbi baksiden av skiven og ut ett nivå lenger ned. Et prolaps mellom L4 og L5 trykker oftest på ' +
        'denne roten.',
    },
    keyboardHint:
      'Gå mellom delene med piltastene. Page Up og Page Down hopper mellom nakken, brystryggen og korsryggen, og skriver du et nivå som L4, hopper du dit. Velg med Enter eller mellomrom.',
  },
  intro: [
    { id: 'strong', text: 'Ryggen er sterk og tåler mye.', section: 2 },
    {
      id: 'upright-and-protects',
      text: 'Den gjør det mulig å bevege seg oppreist, og den beskytter nervefibrene i ryggmargen.',
      section: 2,
    },
    {
      id: 'vertebra-counts',
      text: 'Ryggsøylen består av virvler: 7 i nakken, 12 i brystryggen og 5 i korsryggen.',
      section: 2,
    },
  ],
  structures: {
    vertebra: {
      name: 'Ryggvirvel',
      explanation:
        'Ryggsøylen er bygget opp av virvler som ligger oppå hverandre. Mellom virvlene ligger skiver og sideledd.',
      section: 2,
    },
    disc: {
      name: 'Mellomvirvelskive',
      explanation:
        'Mellom virvlene ligger skiver av brusk. Kjernen i midten er myk og geléaktig, og skiven tar av for støt ' +
        'som en pute.',
      section: 2,
    },
    'spinal-cord': {
      name: 'Ryggmarg',
      explanation: 'Nervefibrene i ryggmargen går i en kanal gjennom ryggsøylen, som beskytter dem.',
      section: 2,
    },
    'cauda-equina': {
      name: 'Hestehalen (cauda equina)',
      explanation:
        'Ryggmargen slutter omtrent ved første og andre korsryggvirvel. Nedenfor går nerverøttene videre ned i ' +
        'ryggmargskanalen som en bunt, kalt hestehalen (cauda equina). Brosjyren omtaler nerverøttene, men bruker ' +
        'ikke dette navnet.',
      section: 3,
    },
    'spinous-process': {
      name: 'Ryggtagg',
      explanation:
        'Den delen av virvelen som peker bakover. Brosjyren viser ryggtaggen på tegningen, men omtaler den ikke ' +
        'nærmere.',
      section: 2,
    },
    'facet-joint': {
      name: 'Sideledd',
      explanation:
        'Mellom hver virvel sitter det sideledd, også kalt styringsledd. Sammen med musklene lar de ryggen bevege ' +
        'seg og holder den stabil.',
      section: 2,
    },
    'nerve-root': {
      name: 'Nerverot',
      explanation:
        'Nerverøttene går ut fra ryggmargen gjennom åpninger mellom virvlene. Blir en nerverot klemt eller irritert, ' +
        'kan det gi smerter som stråler ned i beinet (isjias).',
      section: 4,
    },
    'nerve-root-canal': {
      name: 'Nerverotkanal',
      explanation:
        'Åpningen mellom to virvler der nerveroten går ut. Er kanalen for trang, kan nerveroten bli irritert.',
      section: 3,
    },
    prolapse: {
      name: 'Prolaps',
      explanation:
        'Noe av den myke kjernen i skiven er presset ut gjennom sprekker og danner en utbuling, som kan trykke på ' +
        'eller irritere nerveroten.',
      section: 4,
    },
    cervical: {
      name: 'Nakken (7 virvler)',
      explanation: 'Den øverste delen av ryggsøylen, med 7 virvler.',
      section: 2,
      count: 7,
    },
    thoracic: {
      name: 'Brystryggen (12 virvler)',
      explanation: 'Den midtre delen av ryggsøylen, med 12 virvler.',
      section: 2,
      count: 12,
    },
    lumbar: {
      name: 'Korsryggen (5 virvler)',
      explanation: 'Den nederste delen av ryggsøylen, med 5 virvler.',
      section: 2,
      count: 5,
    },
    sacrum: {
      name: 'Korsbein',
      explanation:
        'Ligger under de 5 virvlene i korsryggen og telles ikke med blant dem. Brosjyren omtaler det ikke nærmere.',
      section: 2,
    },
    muscles: {
      name: 'Ryggmuskler',
      explanation:
        'Flere lag med muskler. De store, ytre musklene beveger ryggen, mens de mindre, innerste musklene først og ' +
        'fremst holder den stabil – som barduner som holder en mast på plass.',
      section: 2,
    },
  },
  muscles: [
    {
      id: 'layers',
      text: 'Sideleddene og flere lag med muskler gjør at ryggen både kan bevege seg og holdes stabil.',
      section: 2,
    },
    {
      id: 'outer',
      text: 'De ytre lagene består av store muskler. De er viktigst når ryggen skal bevege seg.',
      section: 2,
    },
    {
      id: 'inner',
      text:
        'De innerste lagene består av mindre muskler, som mest sørger for stabilitet. Noen sammenligner dem med ' +
        'barduner som holder en mast på plass.',
      section: 2,
    },
  ],
  conditions: {
    none: {
      name: 'Ingen forandring',
      explanation: ['Ryggen er sterk og tåler mye.', 'Skivene mellom virvlene fungerer som støtputer.'],
      section: 2,
    },
    prolapse: {
      name: 'Prolaps',
      explanation: [
        'Noe av den geléaktige kjernen i en skive kan bli presset ut gjennom sprekker. Det kalles en prolaps.',
        'En prolaps er en utbuling. Ordet «skiveutglidning» er misvisende, for bare en liten del av kjernen presses ut.',
        'Prolapsen gjør ikke ryggen ustabil, men musklene strammer seg ofte som en refleks, og da gjør det vondt å bevege seg.',
        'En prolaps kan klemme, strekke eller irritere nerveroten. Et viktig tegn er smerter som stråler helt ned i leggen og foten (isjias).',
        'Opptil 35 % av oss har en prolaps uten å ha vondt.',
        'Som regel skyldes prolaps aldersforandringer i skiven, og ikke én uheldig hendelse.',
        'Studier av eneggede tvillinger tyder på at arv betyr mye, mens belastninger i arbeidet ser ut til å bety lite.',
      ],
      section: 4,
    },
    stenosis: {
      name: 'Trang ryggmargskanal (spinal stenose)',
      explanation: [
        'Hos noen, særlig hos dem over 60 år, kan aldersforandringer gjøre kanalen for ryggmargen og åpningene for nerverøttene for trange.',
        '«Spinal» betyr noe som har med ryggen å gjøre, og «stenose» betyr tranghet.',
        'Typisk gjør det vondt i det ene eller begge beina når du går.',
        'Smertene letter ofte når du bøyer deg fremover eller setter deg ned.',
      ],
      section: 3,
    },
    degeneration: {
      name: 'Aldersforandringer (degenerasjon)',
      explanation: [
        'Akkurat som huden får rynker, forandrer ryggen seg med årene, særlig skivene.',
        'Skivene blir lavere, inneholder mindre væske og sprekker opp. Langs leddkantene og virvlene kan det danne seg beinpåleiringer.',
        'Dette kalles degenerative forandringer eller slitasje, men det henger ikke nødvendigvis sammen med hvor mye ryggen har vært belastet.',
        'Alle får slike forandringer i større eller mindre grad. Noen har arvelig anlegg for å få dem tidligere i livet.',
      ],
      section: 3,
    },
    osteoporosis: {
      name: 'Beinskjørhet (osteoporose)',
      explanation: [
        'Benmassen i ryggvirvlene kan bli mindre og svakere. Kvinner er særlig utsatt.',
        'Beinskjørhet gjør ikke vondt i seg selv.',
        'Men den øker risikoen for smertefulle brudd, som kan komme etter ganske små skader.',
        'Slike brudd kan gi en synlig krummere rygg, særlig øverst.',
      ],
      section: 3,
    },
  },
};

export default content;
