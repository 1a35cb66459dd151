import { expect } from '@open-wc/testing';
import { SOURCE_TITLE } from '../src/source.js';
import { LOCALES, TOPICS } from '../src/index.js';
import type { Locale, TopicName } from '../src/index.js';
import { findNode, loadAll, strings, textOf } from './helpers.js';
import type { AllContent } from './helpers.js';

/** A range written with an en dash (or a hyphen), spaces allowed around it. */
function range(a: number, b: number): RegExp {
  return new RegExp(`(^|[^\\d])${a}\\s?[–-]\\s?${b}(?!\\d)`);
}

/** A whole number on its own (not part of a longer number or a range). */
function whole(n: number): RegExp {
  return new RegExp(`(^|[^\\d–-])${n}(?![\\d–-])`);
}

/** A percentage: "35 %", "35%", "35 prosent", "35 percent". */
function percent(n: number): RegExp {
  return new RegExp(`(^|[^\\d–-])${n}\\s?(%|prosent|percent)`);
}

interface Fact {
  /** What the brochure says, for the failure message. */
  readonly fact: string;
  readonly topic: TopicName;
  /** Dotted path inside the topic. */
  readonly path: string;
  /** Then the item with this id inside the path. */
  readonly id?: string;
  readonly pattern: RegExp;
  /** Words each locale must use with the number (units), when they matter. */
  readonly words?: Partial<Record<Locale, RegExp>>;
}

const WEEKS = { nb: /uker/, nn: /veker/, en: /weeks/ };
const MONTHS = { nb: /måneder/, nn: /månader/, en: /months/ };

const FACTS: readonly Fact[] = [
  { fact: '7 cervical vertebrae', topic: 'anatomy', path: 'intro', id: 'vertebra-counts', pattern: whole(7) },
  { fact: '12 thoracic vertebrae', topic: 'anatomy', path: 'intro', id: 'vertebra-counts', pattern: whole(12) },
  { fact: '5 lumbar vertebrae', topic: 'anatomy', path: 'intro', id: 'vertebra-counts', pattern: whole(5) },
  { fact: '7 neck vertebrae (name)', topic: 'anatomy', path: 'structures.cervical.name', pattern: whole(7) },
  { fact: '12 thoracic vertebrae (name)', topic: 'anatomy', path: 'structures.thoracic.name', pattern: whole(12) },
  { fact: '5 lumbar vertebrae (name)', topic: 'anatomy', path: 'structures.lumbar.name', pattern: whole(5) },
  { fact: 'non-specific 85–90 %', topic: 'causes', path: 'types', id: 'non-specific', pattern: range(85, 90) },
  { fact: 'nerve-root pain 5–10 %', topic: 'causes', path: 'types', id: 'nerve-root', pattern: range(5, 10) },
  { fact: 'other disease 1–5 %', topic: 'causes', path: 'types', id: 'other-disease', pattern: range(1, 5) },
  { fact: 'serious disease < 5 %', topic: 'causes', path: 'intro', id: 'serious-rare', pattern: percent(5) },
  {
    fact: 'acute = less than 3 months',
    topic: 'causes',
    path: 'duration',
    id: 'acute',
    pattern: whole(3),
    words: MONTHS,
  },
  {
    fact: 'relapse within 1–2 years',
    topic: 'causes',
    path: 'recovery',
    id: 'relapse',
    pattern: range(1, 2),
    words: { nb: /år/, nn: /år/, en: /years/ },
  },
  {
    fact: 'up to 35 % have a prolapse without pain',
    topic: 'anatomy',
    path: 'conditions.prolapse',
    pattern: percent(35),
  },
  { fact: 'stenosis mostly past 60', topic: 'anatomy', path: 'conditions.stenosis', pattern: whole(60) },
  {
    fact: 'paracetamol at most 4 g per 24 hours',
    topic: 'activity',
    path: 'painkillers',
    id: 'paracetamol',
    pattern: /(^|[^\d])4\s?g\b/,
    words: { nb: /døgn/, nn: /døgn/, en: /24 hours/ },
  },
  {
    fact: 'painkillers 3–4 times a day',
    topic: 'activity',
    path: 'painkillers',
    id: 'regular',
    pattern: range(3, 4),
    words: { nb: /ganger/, nn: /gonger/, en: /times/ },
  },
  {
    fact: 'guided programme after about 4–6 weeks',
    topic: 'activity',
    path: 'longLasting',
    id: 'guided-programme',
    pattern: range(4, 6),
    words: WEEKS,
  },
  {
    fact: 'referral after more than 6–8 weeks',
    topic: 'activity',
    path: 'longLasting',
    id: 'referral',
    pattern: range(6, 8),
    words: WEEKS,
  },
  {
    fact: '20–30 minutes of activity',
    topic: 'activity',
    path: 'prevention',
    id: 'daily-activity',
    pattern: range(20, 30),
    words: { nb: /minutter/, nn: /minutt/, en: /minutes/ },
  },
  {
    fact: 'imaging only if nearly unchanged after 4–6 weeks',
    topic: 'treatment',
    path: 'groups',
    id: 'imaging-rarely',
    pattern: range(4, 6),
    words: WEEKS,
  },
  {
    fact: 'prolapse: wait 2–3 months',
    topic: 'treatment',
    path: 'groups',
    id: 'wait',
    pattern: range(2, 3),
    words: MONTHS,
  },
  { fact: 'about 90 % then need no surgery', topic: 'treatment', path: 'groups', id: 'wait', pattern: percent(90) },
  { fact: '70–90 % lose the leg pain', topic: 'treatment', path: 'groups', id: 'leg-pain', pattern: range(70, 90) },
  {
    fact: '4–6 weeks to recover from surgery',
    topic: 'treatment',
    path: 'groups',
    id: 'keyhole-recovery',
    pattern: range(4, 6),
    words: WEEKS,
  },
  {
    fact: 'training programme after 4–6 weeks',
    topic: 'treatment',
    path: 'groups',
    id: 'programme-4-6-weeks',
    pattern: range(4, 6),
    words: WEEKS,
  },
  {
    fact: 'referral after 6–8 weeks',
    topic: 'treatment',
    path: 'groups',
    id: 'referral-6-8-weeks',
    pattern: range(6, 8),
    words: WEEKS,
  },
  {
    fact: 'about 15 % have back pain at any time',
    topic: 'about',
    path: 'prevalence',
    id: 'any-time',
    pattern: percent(15),
  },
  {
    fact: 'half the population within 6 months',
    topic: 'about',
    path: 'prevalence',
    id: 'half-year',
    pattern: whole(6),
    words: MONTHS,
  },
  { fact: 'legevakt 116 117', topic: 'red-flags', path: 'tiers.emergency.action', pattern: /\b116 117\b/ },
  { fact: 'emergency 113', topic: 'red-flags', path: 'tiers.emergency.action', pattern: whole(113) },
  { fact: 'legevakt contact', topic: 'red-flags', path: 'contacts.emergency', id: 'legevakt', pattern: /\b116 117\b/ },
  { fact: 'emergency contact', topic: 'red-flags', path: 'contacts.emergency', id: 'emergency', pattern: whole(113) },
];

describe('content fidelity to the brochure', () => {
  let all: AllContent;

  before(async () => {
    all = await loadAll();
  });

  for (const fact of FACTS) {
    it(`keeps "${fact.fact}" in the same item in every locale`, () => {
      for (const locale of LOCALES) {
        const node = findNode(all[fact.topic][locale], fact.path, fact.id);
        const where = `${fact.topic}/${locale} ${fact.path}${fact.id ? `#${fact.id}` : ''}`;
        expect(node, `${where} exists`).to.not.equal(undefined);
        const text = textOf(node);
        expect(text, where).to.match(fact.pattern);
        const words = fact.words?.[locale];
        if (words) expect(text, `${where} unit`).to.match(words);
      }
    });
  }

  it('has every number of the brochure somewhere in nb', () => {
    const nb = TOPICS.map((topic) => textOf(all[topic].nb)).join('\n');
    const numbers: [string, RegExp][] = [
      ['7', whole(7)],
      ['12', whole(12)],
      ['5', whole(5)],
      ['85–90', range(85, 90)],
      ['5–10', range(5, 10)],
      ['1–5', range(1, 5)],
      ['35', percent(35)],
      ['60', whole(60)],
      ['4 g', /(^|[^\d])4\s?g\b/],
      ['3–4', range(3, 4)],
      ['4–6', range(4, 6)],
      ['2–3', range(2, 3)],
      ['90 %', percent(90)],
      ['70–90', range(70, 90)],
      ['6–8', range(6, 8)],
      ['20–30', range(20, 30)],
      ['1–2', range(1, 2)],
      ['15 %', percent(15)],
    ];
    for (const [label, pattern] of numbers) expect(nb, label).to.match(pattern);
  });

  it('writes ranges with an en dash, never a hyphen', () => {
    const problems: string[] = [];
    for (const topic of TOPICS) {
      for (const locale of LOCALES) {
        for (const { path, text } of strings(all[topic][locale])) {
          if (path.endsWith('.id')) continue;
          if (/\d\s?-\s?\d/.test(text) && !/\d{3} \d{3}/.test(text))
            problems.push(`${topic}/${locale} ${path}: ${text}`);
        }
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('writes percentages the same way throughout a locale', () => {
    for (const locale of LOCALES) {
      const text = TOPICS.map((topic) => textOf(all[topic][locale])).join('\n');
      if (locale === 'en') expect(text, locale).to.not.match(/\d %/);
      else expect(text, locale).to.not.match(/\d%/);
    }
  });

  it('writes nynorsk, not bokmål, in nn', () => {
    // The brochure's title and proper names are Norwegian bokmål on purpose.
    const allowed = [SOURCE_TITLE, 'Formidlingsenheten for muskel- og skjelettlidelser', 'Ryggforeningen i Norge'];
    const bokmaal = new Set([
      'ikke',
      'hva',
      'hvordan',
      'hvorfor',
      'hvis',
      'jeg',
      'mye',
      'noen',
      'bare',
      'sykmelding',
      'sykmeldt',
      'smertestillende',
      'uker',
      'måneder',
      'sykdom',
      'undersøkelse',
      'deres',
      'hjem',
      'være',
      'gjøre',
      'kommer',
    ]);
    const problems: string[] = [];
    for (const topic of TOPICS) {
      for (const { path, text } of strings(all[topic].nn)) {
        let rest = text;
        for (const name of allowed) rest = rest.split(name).join(' ');
        const words = rest.toLowerCase().match(/\p{L}+/gu) ?? [];
        const found = words.filter((word) => bokmaal.has(word));
        if (found.length > 0) problems.push(`${topic} ${path}: ${found.join(', ')}`);
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('writes bokmål, not nynorsk, in nb', () => {
    const nynorsk = new Set([
      'ikkje',
      'kva',
      'korleis',
      'kvifor',
      'eg',
      'mykje',
      'nokre',
      'berre',
      'sjukmelding',
      'veker',
    ]);
    const problems: string[] = [];
    for (const topic of TOPICS) {
      for (const { path, text } of strings(all[topic].nb)) {
        const found = (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => nynorsk.has(word));
        if (found.length > 0) problems.push(`${topic} ${path}: ${found.join(', ')}`);
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
