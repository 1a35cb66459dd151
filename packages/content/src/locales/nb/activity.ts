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
      clinician:
        'Sengeleie på dagtid er ikke behandling i seg selv; leie kan trengs ved sterke smerter, særlig nerverotsmerter.',
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
    {
      id: 'get-help',
      text: 'Blir smertene svært plagsomme, eller varer de urimelig lenge, kan du få god hjelp hos lege, fysioterapeut, kiropraktor eller manuellterapeut.',
      section: 7,
      clinician: 'Søk hjelp ved svært plagsomme eller urimelig langvarige smerter.',
    },
  ],
  painkillers: [
    {
      id: 'painkillers-2007',
      text: 'Disse rådene om smertestillende følger retningslinjene fra 2007. Apoteket eller legen kan si hvilket smertestillende som passer for deg.',
      section: 5,
    },
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
};

export default content;
