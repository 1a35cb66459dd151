import type { AnatomyContent } from '../../types/anatomy.js';
import common from './common.js';

const content: AnatomyContent = {
  common,
  ui: {
    title: 'Slik er ryggen bygd',
    diagramLabel: 'Teikning av ryggsøyla',
    views: { spine: 'Heile ryggsøyla', segment: 'Utsnitt: to virvlar med skive' },
    viewLabel: 'Vising',
    conditionLabel: 'Vis endring',
    regionCount: { cervical: '7 nakkevirvlar', thoracic: '12 brystvirvlar', lumbar: '5 korsryggvirvlar' },
    vertebraPrefix: { cervical: 'C', thoracic: 'T', lumbar: 'L' },
    vertebraLabel: 'Virvel',
    sacrum: 'Korsbein',
    highlighted: 'utheva',
    regionsHeading: 'Dei tre delane av ryggsøyla',
    structuresHeading: 'Delane av ryggen',
    musclesHeading: 'Musklane',
    conditionsHeading: 'Endringar med åra',
    textAlternativeHeading: 'Teikninga forklart i tekst',
    showTextAlternative: 'Vis teikninga som tekst',
    hideTextAlternative: 'Skjul tekstversjonen',
    selectedHeading: 'Vald del',
    selectPrompt: 'Vel ein del av teikninga for å lese om den delen',
    shownCondition: 'Teikninga viser',
    highlightedParts: 'Utheva på teikninga',
    previousPart: 'Førre del',
    nextPart: 'Neste del',
    rootRoles: {
      exiting: 'Går ut gjennom nerverotkanalen mellom L4 og L5, over skiva.',
      traversing:
        'Går ned forbi baksida av skiva og ut eitt nivå lenger ned. Eit prolaps mellom L4 og L5 trykkjer oftast på ' +
        'denne rota.',
    },
    keyboardHint:
      'Gå mellom delane med piltastane. Page Up og Page Down hoppar mellom nakken, brystryggen og korsryggen, og skriv du eit nivå som L4, hoppar du dit. Vel med Enter eller mellomrom.',
  },
  intro: [
    { id: 'strong', text: 'Ryggen er sterk og toler mykje.', section: 2 },
    {
      id: 'upright-and-protects',
      text: 'Han gjer det mogleg å røre seg oppreist, og han vernar nervetrådane i ryggmergen.',
      section: 2,
    },
    {
      id: 'vertebra-counts',
      text: 'Ryggsøyla er sett saman av virvlar: 7 i nakken, 12 i brystryggen og 5 i korsryggen.',
      section: 2,
    },
  ],
  structures: {
    vertebra: {
      name: 'Ryggvirvel',
      explanation: 'Ryggsøyla er bygd opp av virvlar som ligg oppå kvarandre. Mellom virvlane ligg skiver og sideledd.',
      section: 2,
    },
    disc: {
      name: 'Mellomvirvelskive',
      explanation:
        'Mellom virvlane ligg skiver av brusk. Kjernen i midten er mjuk og geléaktig, og skiva tek av for støyt ' +
        'som ei pute.',
      section: 2,
    },
    'spinal-cord': {
      name: 'Ryggmerg',
      explanation: 'Nervetrådane i ryggmergen går i ein kanal gjennom ryggsøyla, som vernar dei.',
      section: 2,
    },
    'cauda-equina': {
      name: 'Hestehalen (cauda equina)',
      explanation:
        'Ryggmergen sluttar omtrent ved første og andre korsryggvirvel. Nedanfor går nerverøtene vidare ned i ' +
        'ryggmergskanalen som ein bunt, kalla hestehalen (cauda equina). Brosjyren omtaler nerverøtene, men brukar ' +
        'ikkje dette namnet.',
      section: 3,
    },
    'spinous-process': {
      name: 'Ryggtagg',
      explanation:
        'Den delen av virvelen som peikar bakover. Brosjyren viser ryggtaggen på teikninga, men omtaler han ikkje ' +
        'nærmare.',
      section: 2,
    },
    'facet-joint': {
      name: 'Sideledd',
      explanation:
        'Mellom kvar virvel sit det sideledd, også kalla styringsledd. Saman med musklane lèt dei ryggen røre seg ' +
        'og held han stabil.',
      section: 2,
    },
    'nerve-root': {
      name: 'Nerverot',
      explanation:
        'Nerverøtene går ut frå ryggmergen gjennom opningar mellom virvlane. Blir ei nerverot klemd eller irritert, ' +
        'kan det gje smerter som strålar ned i beinet (isjias).',
      section: 4,
    },
    'nerve-root-canal': {
      name: 'Nerverotkanal',
      explanation: 'Opninga mellom to virvlar der nerverota går ut. Er kanalen for trong, kan nerverota bli irritert.',
      section: 3,
    },
    prolapse: {
      name: 'Prolaps',
      explanation:
        'Noko av den mjuke kjernen i skiva er pressa ut gjennom sprekker og lagar ei utbuling, som kan trykkje på ' +
        'eller irritere nerverota.',
      section: 4,
    },
    cervical: {
      name: 'Nakken (7 virvlar)',
      explanation: 'Den øvste delen av ryggsøyla, med 7 virvlar.',
      section: 2,
      count: 7,
    },
    thoracic: {
      name: 'Brystryggen (12 virvlar)',
      explanation: 'Den midtre delen av ryggsøyla, med 12 virvlar.',
      section: 2,
      count: 12,
    },
    lumbar: {
      name: 'Korsryggen (5 virvlar)',
      explanation: 'Den nedste delen av ryggsøyla, med 5 virvlar.',
      section: 2,
      count: 5,
    },
    sacrum: {
      name: 'Korsbein',
      explanation:
        'Ligg under dei 5 virvlane i korsryggen og blir ikkje rekna med blant dei. Brosjyren omtaler det ikkje nærmare.',
      section: 2,
    },
    muscles: {
      name: 'Ryggmusklar',
      explanation:
        'Fleire lag med musklar. Dei store, ytre musklane rører ryggen, medan dei mindre, inste musklane først og ' +
        'fremst held han stabil – som barduner som held ei mast på plass.',
      section: 2,
    },
  },
  muscles: [
    {
      id: 'layers',
      text: 'Sideledda og fleire lag med musklar gjer at ryggen både kan røre seg og haldast stabil.',
      section: 2,
    },
    {
      id: 'outer',
      text: 'Dei ytre laga består av store musklar. Dei er viktigast når ryggen skal røre seg.',
      section: 2,
    },
    {
      id: 'inner',
      text:
        'Dei inste laga består av mindre musklar, som mest sørgjer for stabilitet. Nokre samanliknar dei med ' +
        'barduner som held ei mast på plass.',
      section: 2,
    },
  ],
  conditions: {
    none: {
      name: 'Inga endring',
      explanation: ['Ryggen er sterk og toler mykje.', 'Skivene mellom virvlane fungerer som støytputer.'],
      section: 2,
    },
    prolapse: {
      name: 'Prolaps',
      explanation: [
        'Noko av den geléaktige kjernen i ei skive kan bli pressa ut gjennom sprekker. Det blir kalla ein prolaps.',
        'Ein prolaps er ei utbuling. Ordet «skiveutgliding» er misvisande, for berre ein liten del av kjernen blir pressa ut.',
        'Prolapsen gjer ikkje ryggen ustabil, men musklane strammar seg ofte som ein refleks, og då gjer det vondt å røre seg.',
        'Ein prolaps kan klemme, strekkje eller irritere nerverota. Eit viktig teikn er smerter som strålar heilt ned i leggen og foten (isjias).',
        'Opptil 35 % av oss har ein prolaps utan å ha vondt.',
        'Som regel kjem prolaps av aldersendringar i skiva, og ikkje av éi uheldig hending.',
        'Studiar av eineggatvillingar tyder på at arv har mykje å seie, medan belastingar i arbeidet ser ut til å ha lite å seie.',
      ],
      section: 4,
    },
    stenosis: {
      name: 'Trong ryggmergskanal (spinal stenose)',
      explanation: [
        'Hos nokre, særleg hos dei over 60 år, kan aldersendringar gjere kanalen for ryggmergen og opningane for nerverøtene for tronge.',
        '«Spinal» tyder noko som har med ryggen å gjere, og «stenose» tyder trongheit.',
        'Typisk gjer det vondt i det eine eller begge beina når du går.',
        'Smertene lettar ofte når du bøyer deg framover eller set deg ned.',
      ],
      section: 3,
    },
    degeneration: {
      name: 'Aldersendringar (degenerasjon)',
      explanation: [
        'Akkurat som huda får rynker, endrar ryggen seg med åra, særleg skivene.',
        'Skivene blir lågare, inneheld mindre væske og sprekk opp. Langs leddkantane og virvlane kan det danne seg beinpåleiringar.',
        'Dette blir kalla degenerative endringar eller slitasje, men det heng ikkje nødvendigvis saman med kor mykje ryggen har vore belasta.',
        'Alle får slike endringar i større eller mindre grad. Nokre har arveleg anlegg for å få dei tidlegare i livet.',
      ],
      section: 3,
    },
    osteoporosis: {
      name: 'Beinskjørheit (osteoporose)',
      explanation: [
        'Beinmassen i ryggvirvlane kan bli mindre og svakare. Kvinner er særleg utsette.',
        'Beinskjørheit gjer ikkje vondt i seg sjølv.',
        'Men ho aukar risikoen for smertefulle brot, som kan kome etter ganske små skadar.',
        'Slike brot kan gje ein synleg krummare rygg, særleg øvst.',
      ],
      section: 3,
    },
  },
};

export default content;
