import type { ActivityContent } from '../../types/activity.js';
import common from './common.js';

const content: ActivityContent = {
  common,
  ui: {
    title: 'Når ryggen gjør vondt: hold deg i bevegelse',
    titleLongLasting: 'Når plagene varer: trening og oppfølging',
    stayActive: 'Hold deg i aktivitet',
    painkillers: 'Reseptfrie smertestillende',
    longLasting: 'Hvis plagene varer',
    prevention: 'Forebygg nye plager',
    variantLabel: 'Hvor lenge har du hatt vondt?',
    variants: { acute: 'Kort tid (akutt)', 'long-lasting': 'Lenge (langvarig)' },
    clinicianHeading: 'Kort for helsepersonell',
  },
  keyMessage: { id: 'made-for-movement', text: 'Ryggen er laget for å være i bevegelse.', section: 5 },
  acute: [
    {
      id: 'stay-active',
      text:
        'Ryggen blir best og raskest frisk når du holder deg i så normal og variert aktivitet som du kan. ' +
        'Det vet vi med stor sikkerhet.',
      section: 5,
      clinician: 'Råd om mest mulig normal og variert aktivitet.',
    },
    {
      id: 'lie-little',
      text: 'Ligg så lite som mulig. Det er en del av selve behandlingen.',
      section: 5,
      clinician: 'Minst mulig sengeleie.',
    },
    {
      id: 'alternate',
      text:
        'Den første tiden kan det være lurt å veksle: ligg litt for å dempe smertene, og beveg deg så mye du ' +
        'klarer ellers. Stikkordet er variasjon.',
      section: 5,
      clinician: 'I akuttfasen: veksling mellom avlastende leie og så mye bevegelse som mulig.',
    },
    {
      id: 'what-counts',
      text:
        'Å være aktiv kan for eksempel bety å gå en tur, strekke på kroppen eller bøye seg. Å hvile kan bety å ' +
        'ligge eller sitte en stund mellom gjøremålene.',
      section: 5,
    },
    {
      id: 'sitting',
      text: 'Mange får vondere av å sitte lenge av gangen.',
      section: 5,
    },
    {
      id: 'resume',
      text: 'Ta opp igjen de daglige gjøremålene dine så snart du kan.',
      section: 5,
      clinician: 'Tidlig gjenopptak av daglige aktiviteter.',
    },
    {
      id: 'pain-not-harm',
      text:
        'Det er verken skadelig eller farlig at det gjør vondt når du er aktiv. Mange synes det hjelper å ha ' +
        'noe annet å konsentrere seg om.',
      section: 5,
    },
    {
      id: 'when-to-lie',
      text:
        'Av og til er smertene så sterke at du må ligge for å få dem ned, særlig ved nerverotsmerter. ' +
        'Men å ligge til sengs om dagen er ikke behandling i seg selv, og ryggen blir ikke frisk av at du ligger.',
      section: 5,
      clinician: 'Sengeleie på dagtid er ikke behandling i seg selv; leie kan trengs ved sterke smerter, særlig nerverotsmerter.',
    },
    {
      id: 'inactivity',
      text:
        'Lang tid uten aktivitet kan i seg selv gjøre smertene verre. Muskler og ledd blir svakere og stivere, ' +
        'knoklene kan bli skjørere, og både kondisjon og utholdenhet blir dårligere.',
      section: 5,
    },
    {
      id: 'optimism',
      text:
        'Det hjelper mye å være optimistisk og stole på at dette går bra – det er ikke farlig. Sammen med fysisk ' +
        'aktivitet styrker en slik holdning kroppens evne til å lege seg selv.',
      section: 5,
    },
  ],
  painkillers: [
    {
      id: 'can-help',
      text:
        'Smertestillende som du får kjøpt uten resept, kan ofte dempe smertene noe og gjøre det lettere å komme ' +
        'i gang med aktivitet.',
      section: 5,
    },
    {
      id: 'regular',
      text: 'Ta dem med jevne mellomrom, for eksempel 3–4 ganger om dagen.',
      section: 5,
      clinician: 'Fast dosering, f.eks. 3–4 ganger daglig.',
    },
    {
      id: 'paracetamol',
      text: 'Mest brukt er paracetamol. Ta ikke mer enn 4 g per døgn.',
      section: 5,
      clinician: 'Paracetamol, maks 4 g per døgn.',
    },
    {
      id: 'ibuprofen',
      text: 'Ibuprofen er også mye brukt. Det demper både smerter og betennelse.',
      section: 5,
      clinician: 'Ibuprofen: smertestillende og betennelsesdempende.',
    },
    {
      id: 'combine',
      text: 'Ved behov kan de to kombineres, og de kan også brukes sammen med andre måter å lindre smerter på.',
      section: 5,
      clinician: 'Paracetamol og ibuprofen kan ved behov kombineres, også med andre smertelindrende tiltak.',
    },
  ],
  longLasting: [
    {
      id: 'guided-programme',
      text: 'Varer plagene i omtrent 4–6 uker, anbefales et veiledet program med øvelser eller aktivitet.',
      section: 7,
      clinician: 'Vedvarende plager (ca. 4–6 uker): veiledet øvelses- eller aktiviseringsprogram.',
    },
    {
      id: 'not-in-acute',
      text:
        'Helt i starten er det ikke vist at trening hjelper noe mer enn det å ta opp igjen vanlige aktiviteter.',
      section: 7,
      clinician: 'I akuttfasen er det ikke vist effekt av trening utover gjenopptak av vanlig aktivitet.',
    },
    {
      id: 'guided-training-helps',
      text: 'Særlig når smertene har vart lenge, har veiledet trening og fysisk aktivitet vist seg å hjelpe godt.',
      section: 7,
    },
    {
      id: 'follow-up',
      text:
        'Veiledet trening bør følges opp over tid, og du bør få råd om øvelser du kan gjøre hjemme og gjerne på ' +
        'jobben. Kontroller kan trengs for å se at det går rett vei.',
      section: 7,
    },
    {
      id: 'referral',
      text:
        'Har du store plager som har vart lenge (mer enn 6–8 uker), kan du bli henvist til spesialist eller ' +
        'ryggpoliklinikk. De fleste ryggpoliklinikker er tverrfaglige: flere yrkesgrupper samarbeider om et ' +
        'helhetlig opplegg.',
      section: 7,
      clinician: 'Betydelige og langvarige plager (> 6–8 uker): vurder henvisning til spesialist eller tverrfaglig ryggpoliklinikk.',
    },
    {
      id: 'clinic-programme',
      text:
        'Et slikt opplegg kan omfatte en gjennomgang av livs- og arbeidssituasjonen din, trening for rygg og ' +
        'kondisjon, undervisning og hjelp til å mestre smerter og hverdag.',
      section: 7,
    },
    {
      id: 'focus-shift',
      text: 'Å flytte oppmerksomheten fra smertene og over på en normal hverdag betyr mye for hvor lenge smertene varer.',
      section: 7,
    },
    {
      id: 'self-help',
      text:
        'Ryggforeningen i Norge og lokallagene har selvhjelpsgrupper, ryggmestringskurs og likemannsaktiviteter. ' +
        'Det passer særlig ved langvarige plager.',
      section: 7,
    },
  ],
  prevention: [
    {
      id: 'regular-training',
      text: 'Det viktigste du kan gjøre for å unngå nye ryggepisoder, er å trene jevnlig over lang tid.',
      section: 9,
    },
    {
      id: 'stay-fit',
      text:
        'Mange har nytte av et treningsopplegg veiledet av en fagperson. Men aller viktigst er å holde seg i jevnt ' +
        'god form.',
      section: 9,
    },
    {
      id: 'enjoyable',
      text:
        'Velg variert trening som du trives med og som passer for deg – den er best og lettest å holde på med. ' +
        'Ryggen trives i bevegelse, og den er i utgangspunktet sterk.',
      section: 9,
    },
    {
      id: 'daily-activity',
      text:
        'Sikt mot 20–30 minutter aktivitet, helst hver dag – for eksempel å gå eller sykle, gjerne i skog og mark. ' +
        'Noen liker best å svømme i oppvarmet basseng.',
      section: 9,
      clinician: '20–30 minutter aktivitet, helst daglig (gange, sykling, svømming i oppvarmet basseng).',
    },
    {
      id: 'avoid-sitting',
      text:
        'Unngå å sitte lenge, særlig når du har vondt. Skift stilling og beveg deg, og reis deg fra kontorstolen ' +
        'når du kan.',
      section: 9,
    },
    {
      id: 'exercise-programme',
      text:
        'Mange har nytte av et øvelsesprogram med tøyninger og muskelarbeid som gir bedre styrke og utholdenhet, ' +
        'og som får musklene til å spille bedre sammen.',
      section: 9,
    },
    {
      id: 'life-situation',
      text: 'Prøv å gjøre noe med en vanskelig situasjon på jobben eller ellers i livet, hvis du har det slik.',
      section: 9,
    },
    {
      id: 'interdisciplinary',
      text:
        'Tverrfaglig behandling ved en ryggpoliklinikk eller et rehabiliteringssted har vist seg å hindre både ' +
        'nye akutte ryggepisoder og sykefravær.',
      section: 9,
      clinician: 'Tverrfaglige opplegg (ryggpoliklinikk, rehabilitering) forebygger nye akutte episoder og sykefravær.',
    },
  ],
};

export default content;
