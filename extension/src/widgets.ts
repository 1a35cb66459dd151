/**
 * The four Ryggrad widgets the extension offers, as data: the element each one is, the
 * attributes it takes, its UI strings (message keys) and the words it can be found by.
 * The tag and `load` come from widgets/registry.ts, whose literal dynamic imports give every
 * widget its own chunk, so the panel downloads only the widgets the clinician opens.
 */
import { registrationOf, type WidgetRegistration } from '../../widgets/registry.js';

export type WidgetId = 'red-flags' | 'spine' | 'activity' | 'work';

/** The tag and its loader, from the one widget registry (widgets/registry.ts). */
function registered(tag: string): Pick<WidgetRegistration, 'tag' | 'load'> {
  const widget = registrationOf(tag);
  if (!widget) throw new Error(`${tag} is not in widgets/registry.ts`);
  return { tag: widget.tag, load: widget.load };
}

export interface WidgetEntry {
  readonly id: WidgetId;
  readonly tag: string;
  /** `_locales` message key of the launcher entry's title. */
  readonly titleKey: string;
  /** Whether the widget has a patient / clinician `audience` attribute. */
  readonly takesAudience: boolean;
  /** Search words in bokmål, nynorsk and English (the title in the UI language is added at run time). */
  readonly keywords: readonly string[];
  /** Registers the element (imports its define module). */
  readonly load: () => Promise<unknown>;
}

export const WIDGETS: readonly WidgetEntry[] = [
  {
    id: 'red-flags',
    ...registered('rygg-red-flag-checklist'),
    titleKey: 'widgetRedFlagsTitle',
    takesAudience: true,
    keywords: [
      'røde flagg',
      'raude flagg',
      'red flags',
      'faresignaler',
      'faresignal',
      'warning signs',
      'når søke hjelp',
      'når søkje hjelp',
      'when to seek help',
      'akutt hjelp',
      'urgent',
      'emergency',
      'cauda equina',
      'triage',
      'vannlating',
      'urinproblemer',
      'urinating',
      'nummenhet',
      'nummen',
      'numbness',
      'ridebukse',
      'saddle',
      'kraftsvikt',
      'kraftsvekking',
      'weakness',
      'feber',
      'fever',
      'vekttap',
      'weight loss',
      'ulykke',
      'injury',
      'legevakt',
      'out of hours',
      'fastlege',
      'gp',
      '113',
    ],
  },
  {
    id: 'spine',
    ...registered('rygg-spine-diagram'),
    titleKey: 'widgetSpineTitle',
    takesAudience: false,
    keywords: [
      'rygg',
      'ryggrad',
      'ryggsøyle',
      'ryggsøyla',
      'spine',
      'back',
      'anatomi',
      'anatomy',
      'virvel',
      'virvler',
      'virvlar',
      'vertebra',
      'vertebrae',
      'mellomvirvelskive',
      'skive',
      'disc',
      'prolaps',
      'skiveprolaps',
      'prolapse',
      'slipped disc',
      'spinal stenose',
      'spinal stenosis',
      'osteoporose',
      'beinskjørhet',
      'osteoporosis',
      'slitasje',
      'degenerasjon',
      'aldersforandringer',
      'aldersendringar',
      'age changes',
      'nakke',
      'neck',
      'korsrygg',
      'lower back',
      'fasettledd',
      'facet joint',
      'nerverot',
      'nerve root',
      'isjias',
      'sciatica',
      'muskler',
      'musklar',
      'muscles',
    ],
  },
  {
    id: 'activity',
    ...registered('rygg-activity-advice'),
    titleKey: 'widgetActivityTitle',
    takesAudience: false,
    keywords: [
      'aktivitet',
      'aktiv',
      'activity',
      'active',
      'råd',
      'advice',
      'hvile',
      'kvile',
      'rest',
      'sengeleie',
      'bed rest',
      'smertestillende',
      'painkillers',
      'paracetamol',
      'ibuprofen',
      'trening',
      'exercise',
      'egenbehandling',
      'eigenbehandling',
      'self care',
      'akutt',
      'acute',
      'langvarig',
      'long lasting',
      'tilbakefall',
      'relapse',
      'forebygge',
      'førebyggje',
      'prevent',
      'vond rygg',
      'ryggsmerter',
      'back pain',
    ],
  },
  {
    id: 'work',
    ...registered('rygg-return-to-work'),
    titleKey: 'widgetWorkTitle',
    takesAudience: true,
    keywords: [
      'jobb',
      'arbeid',
      'work',
      'job',
      'sykmelding',
      'sykemelding',
      'sjukmelding',
      'sick leave',
      'sick note',
      'gradert sykmelding',
      'gradert sjukmelding',
      'graded sick leave',
      'fravær',
      'fråvær',
      'absence',
      'arbeidsgiver',
      'arbeidsgjevar',
      'employer',
      'nav',
      'jobb med ryggen din',
      'tilbake i jobb',
      'return to work',
      'arbeidsplass',
      'workplace',
    ],
  },
];

export function widgetById(id: string | null | undefined): WidgetEntry | undefined {
  return WIDGETS.find((widget) => widget.id === id);
}
