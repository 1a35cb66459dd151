import type { ActivityContent } from '../../types/activity.js';
import common from './common.js';

const content: ActivityContent = {
  common,
  ui: {
    title: 'Når ryggen gjer vondt: hald deg i rørsle',
    titleLongLasting: 'Når plagene varer: trening og oppfølging',
    stayActive: 'Hald deg i aktivitet',
    painkillers: 'Reseptfrie smertestillande',
    longLasting: 'Viss plagene varer',
    prevention: 'Førebygg nye plager',
    variantLabel: 'Kor lenge har du hatt vondt?',
    variants: { acute: 'Kort tid (akutt)', 'long-lasting': 'Lenge (langvarig)' },
    clinicianHeading: 'Kort for helsepersonell',
  },
  keyMessage: { id: 'made-for-movement', text: 'Ryggen er laga for å vere i rørsle.', section: 5 },
  acute: [
    {
      id: 'stay-active',
      text:
        'Ryggen blir best og raskast frisk når du held deg i så normal og variert aktivitet som du kan. ' +
        'Det veit vi sikkert.',
      section: 5,
      clinician: 'Råd om mest mogleg normal og variert aktivitet.',
    },
    {
      id: 'lie-little',
      text: 'Ligg så lite som mogleg. Det er ein del av sjølve behandlinga.',
      section: 5,
      clinician: 'Minst mogleg sengeleie.',
    },
    {
      id: 'alternate',
      text:
        'Den første tida kan det vere lurt å veksle: ligg litt for å dempe smertene, og rør deg så mykje du ' +
        'klarer elles. Stikkordet er variasjon.',
      section: 5,
      clinician: 'I akuttfasen: veksling mellom avlastande leie og så mykje rørsle som mogleg.',
    },
    {
      id: 'what-counts',
      text:
        'Å vere aktiv kan til dømes tyde å gå ein tur, strekkje på kroppen eller bøye seg. Å kvile kan tyde å ' +
        'liggje eller sitje ei stund mellom gjeremåla.',
      section: 5,
    },
    {
      id: 'sitting',
      text: 'Mange får vondare av å sitje lenge om gongen.',
      section: 5,
    },
    {
      id: 'resume',
      text: 'Ta opp att dei daglege gjeremåla dine så snart du kan.',
      section: 5,
      clinician: 'Tidleg gjenopptak av daglege aktivitetar.',
    },
    {
      id: 'pain-not-harm',
      text:
        'Det er korkje skadeleg eller farleg at det gjer vondt når du er aktiv. Mange synest det hjelper å ha ' +
        'noko anna å konsentrere seg om.',
      section: 5,
    },
    {
      id: 'when-to-lie',
      text:
        'Av og til er smertene så sterke at du må liggje for å få dei ned, særleg ved nerverotsmerter. ' +
        'Men å liggje til sengs om dagen er ikkje behandling i seg sjølv, og ryggen blir ikkje frisk av at du ligg.',
      section: 5,
      clinician:
        'Sengeleie på dagtid er ikkje behandling i seg sjølv; leie kan trengast ved sterke smerter, særleg nerverotsmerter.',
    },
    {
      id: 'inactivity',
      text:
        'Lang tid utan aktivitet kan i seg sjølv gjere smertene verre. Musklar og ledd blir svakare og stivare, ' +
        'knoklane kan bli skjørare, og både kondisjon og uthald blir dårlegare.',
      section: 5,
    },
    {
      id: 'optimism',
      text:
        'Det hjelper mykje å vere optimistisk og stole på at dette går bra – det er ikkje farleg. Saman med fysisk ' +
        'aktivitet styrkjer ei slik haldning evna kroppen har til å lækje seg sjølv.',
      section: 5,
    },
    {
      id: 'get-help',
      text: 'Blir smertene svært plagsame, eller varer dei urimeleg lenge, kan du få god hjelp hos lege, fysioterapeut, kiropraktor eller manuellterapeut.',
      section: 7,
      clinician: 'Søk hjelp ved svært plagsame eller urimeleg langvarige smerter.',
    },
  ],
  painkillers: [
    {
      id: 'painkillers-2007',
      text: 'Desse råda om smertestillande følgjer retningslinjene frå 2007. Apoteket eller legen kan seie kva smertestillande som passar for deg.',
      section: 5,
    },
    {
      id: 'can-help',
      text:
        'Smertestillande som du får kjøpt utan resept, kan ofte dempe smertene noko og gjere det lettare å kome ' +
        'i gang med aktivitet.',
      section: 5,
    },
    {
      id: 'regular',
      text: 'Ta dei med jamne mellomrom, til dømes 3–4 gonger om dagen.',
      section: 5,
      clinician: 'Fast dosering, t.d. 3–4 gonger dagleg.',
    },
    {
      id: 'paracetamol',
      text: 'Mest brukt er paracetamol. Ta ikkje meir enn 4 g per døgn.',
      section: 5,
      clinician: 'Paracetamol, maks 4 g per døgn.',
    },
    {
      id: 'ibuprofen',
      text: 'Ibuprofen er også mykje brukt. Det dempar både smerter og betennelse.',
      section: 5,
      clinician: 'Ibuprofen: smertestillande og betennelsesdempande.',
    },
    {
      id: 'combine',
      text: 'Ved behov kan dei to kombinerast, og dei kan også brukast saman med andre måtar å lindre smerter på.',
      section: 5,
      clinician: 'Paracetamol og ibuprofen kan ved behov kombinerast, også med andre smertelindrande tiltak.',
    },
  ],
};

export default content;
