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
        'Det veit vi med stor tryggleik.',
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
      clinician: 'Sengeleie på dagtid er ikkje behandling i seg sjølv; leie kan trengast ved sterke smerter, særleg nerverotsmerter.',
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
  ],
  painkillers: [
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
  longLasting: [
    {
      id: 'guided-programme',
      text: 'Varer plagene i om lag 4–6 veker, er det tilrådd med eit rettleia program med øvingar eller aktivitet.',
      section: 7,
      clinician: 'Vedvarande plager (ca. 4–6 veker): rettleia øvings- eller aktiviseringsprogram.',
    },
    {
      id: 'not-in-acute',
      text: 'Heilt i starten er det ikkje vist at trening hjelper noko meir enn det å ta opp att vanlege aktivitetar.',
      section: 7,
      clinician: 'I akuttfasen er det ikkje vist effekt av trening utover gjenopptak av vanleg aktivitet.',
    },
    {
      id: 'guided-training-helps',
      text: 'Særleg når smertene har vart lenge, har rettleia trening og fysisk aktivitet vist seg å hjelpe godt.',
      section: 7,
    },
    {
      id: 'follow-up',
      text:
        'Rettleia trening bør følgjast opp over tid, og du bør få råd om øvingar du kan gjere heime og gjerne på ' +
        'jobben. Kontrollar kan trengast for å sjå at det går rett veg.',
      section: 7,
    },
    {
      id: 'referral',
      text:
        'Har du store plager som har vart lenge (meir enn 6–8 veker), kan du bli tilvist til spesialist eller ' +
        'ryggpoliklinikk. Dei fleste ryggpoliklinikkar er tverrfaglege: fleire yrkesgrupper samarbeider om eit ' +
        'heilskapleg opplegg.',
      section: 7,
      clinician: 'Monalege og langvarige plager (> 6–8 veker): vurder tilvising til spesialist eller tverrfagleg ryggpoliklinikk.',
    },
    {
      id: 'clinic-programme',
      text:
        'Eit slikt opplegg kan omfatte ein gjennomgang av livs- og arbeidssituasjonen din, trening for rygg og ' +
        'kondisjon, undervising og hjelp til å meistre smerter og kvardag.',
      section: 7,
    },
    {
      id: 'focus-shift',
      text: 'Å flytte merksemda frå smertene og over på ein normal kvardag har mykje å seie for kor lenge smertene varer.',
      section: 7,
    },
    {
      id: 'self-help',
      text:
        'Ryggforeningen i Norge og lokallaga har sjølvhjelpsgrupper, ryggmeistringskurs og likemannsaktivitetar. ' +
        'Det passar særleg ved langvarige plager.',
      section: 7,
    },
  ],
  prevention: [
    {
      id: 'regular-training',
      text: 'Det viktigaste du kan gjere for å unngå nye ryggepisodar, er å trene jamleg over lang tid.',
      section: 9,
    },
    {
      id: 'stay-fit',
      text:
        'Mange har nytte av eit treningsopplegg rettleia av ein fagperson. Men aller viktigast er å halde seg i jamt ' +
        'god form.',
      section: 9,
    },
    {
      id: 'enjoyable',
      text:
        'Vel variert trening som du trivst med og som passar for deg – den er best og lettast å halde på med. ' +
        'Ryggen trivst i rørsle, og han er i utgangspunktet sterk.',
      section: 9,
    },
    {
      id: 'daily-activity',
      text:
        'Sikt mot 20–30 minutt aktivitet, helst kvar dag – til dømes å gå eller sykle, gjerne i skog og mark. ' +
        'Nokre likar best å symje i oppvarma basseng.',
      section: 9,
      clinician: '20–30 minutt aktivitet, helst dagleg (gange, sykling, symjing i oppvarma basseng).',
    },
    {
      id: 'avoid-sitting',
      text:
        'Unngå å sitje lenge, særleg når du har vondt. Skift stilling og rør deg, og reis deg frå kontorstolen ' +
        'når du kan.',
      section: 9,
    },
    {
      id: 'exercise-programme',
      text:
        'Mange har nytte av eit øvingsprogram med tøying og muskelarbeid som gjev betre styrke og uthald, ' +
        'og som får musklane til å spele betre saman.',
      section: 9,
    },
    {
      id: 'life-situation',
      text: 'Prøv å gjere noko med ein vanskeleg situasjon på jobben eller elles i livet, viss du har det slik.',
      section: 9,
    },
    {
      id: 'interdisciplinary',
      text:
        'Tverrfagleg behandling ved ein ryggpoliklinikk eller ein rehabiliteringsstad har vist seg å hindre både ' +
        'nye akutte ryggepisodar og sjukefråvær.',
      section: 9,
      clinician: 'Tverrfaglege opplegg (ryggpoliklinikk, rehabilitering) førebyggjer nye akutte episodar og sjukefråvær.',
    },
  ],
};

export default content;
