import type { ActivityLongLasting } from '../../types/activity.js';

/** The advice for long-lasting pain (sections 7 and 9): loaded only where that variant is shown. */
const content: ActivityLongLasting = {
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
      clinician:
        'Monalege og langvarige plager (> 6–8 veker): vurder tilvising til spesialist eller tverrfagleg ryggpoliklinikk.',
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
        'Ryggforeningen i Norge og lokallaga har sjølvhjelpsgrupper, ryggmeistringskurs og likemannsaktivitetar (støtte frå andre med ryggplager). ' +
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
        'Tverrfagleg behandling ved ein ryggpoliklinikk eller ein rehabiliteringsstad har vist seg å kunne ' +
        'førebyggje både nye akutte ryggepisodar og sjukefråvær.',
      section: 9,
      clinician:
        'Tverrfaglege opplegg (ryggpoliklinikk, rehabilitering) har vist effekt mot nye akutte episodar og sjukefråvær.',
    },
  ],
};

export default content;
