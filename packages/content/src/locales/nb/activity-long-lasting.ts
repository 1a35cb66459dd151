import type { ActivityLongLasting } from '../../types/activity.js';

/** The advice for long-lasting pain (sections 7 and 9): loaded only where that variant is shown. */
const content: ActivityLongLasting = {
  longLasting: [
    {
      id: 'guided-programme',
      text: 'Varer plagene i omtrent 4–6 uker, anbefales et veiledet program med øvelser eller aktivitet.',
      section: 7,
      clinician: 'Vedvarende plager (ca. 4–6 uker): veiledet øvelses- eller aktiviseringsprogram.',
    },
    {
      id: 'not-in-acute',
      text: 'Helt i starten er det ikke vist at trening hjelper noe mer enn det å ta opp igjen vanlige aktiviteter.',
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
      clinician:
        'Betydelige og langvarige plager (> 6–8 uker): vurder henvisning til spesialist eller tverrfaglig ryggpoliklinikk.',
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
        'Ryggforeningen i Norge og lokallagene har selvhjelpsgrupper, ryggmestringskurs og likemannsaktiviteter (støtte fra andre med ryggplager). ' +
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
        'Tverrfaglig behandling ved en ryggpoliklinikk eller et rehabiliteringssted har vist seg å kunne ' +
        'forebygge både nye akutte ryggepisoder og sykefravær.',
      section: 9,
      clinician:
        'Tverrfaglige opplegg (ryggpoliklinikk, rehabilitering) har vist effekt mot nye akutte episoder og sykefravær.',
    },
  ],
};

export default content;
