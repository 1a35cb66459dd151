import { expect } from '@open-wc/testing';
import {
  CONDITION_IDS,
  DEFAULT_RULES,
  LOCALES,
  SECTION_NUMBERS,
  STRUCTURE_IDS,
  TOPICS,
  TREATMENT_GROUP_IDS,
  VERTEBRA_COUNTS,
  isSectionNumber,
  loadTopic,
  validateContacts,
} from '../src/index.js';
import type { Locale, TopicName } from '../src/index.js';
import { loadAll, propertyValues, strings } from './helpers.js';
import type { AllContent } from './helpers.js';

/** Keys whose values must be identical in every locale (not only of the same kind). */
const SAME_VALUE_KEYS = new Set(['id', 'section', 'topic', 'url', 'number', 'count', 'shareMin', 'shareMax', 'year']);

/** Reports every place where `other` does not have the same shape as `reference`. */
function shapeDifferences(reference: unknown, other: unknown, path: string, out: string[] = []): string[] {
  const kind = (value: unknown): string => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);
  if (kind(reference) !== kind(other)) {
    out.push(`${path}: ${kind(reference)} in nb, ${kind(other)} here`);
    return out;
  }
  if (Array.isArray(reference) && Array.isArray(other)) {
    if (reference.length !== other.length) out.push(`${path}: ${reference.length} items in nb, ${other.length} here`);
    reference.forEach((item, i) => {
      if (i < other.length) shapeDifferences(item, other[i], `${path}[${i}]`, out);
    });
    return out;
  }
  if (typeof reference === 'object' && reference !== null) {
    const a = reference as Record<string, unknown>;
    const b = other as Record<string, unknown>;
    const keysA = Object.keys(a).sort();
    const keysB = Object.keys(b).sort();
    for (const key of keysA) if (!(key in b)) out.push(`${path}.${key}: missing here`);
    for (const key of keysB) if (!(key in a)) out.push(`${path}.${key}: not in nb`);
    for (const key of keysA) {
      if (!(key in b)) continue;
      // (`common.source.section` is the word "avsnitt"/"section", so only numbers count for it.)
      const compared = key === 'section' ? typeof a[key] === 'number' : typeof a[key] !== 'object';
      if (SAME_VALUE_KEYS.has(key) && compared && a[key] !== b[key]) {
        out.push(`${path}.${key}: ${JSON.stringify(a[key])} in nb, ${JSON.stringify(b[key])} here`);
      }
      shapeDifferences(a[key], b[key], `${path}.${key}`, out);
    }
  }
  return out;
}

describe('content completeness', () => {
  let all: AllContent;

  before(async () => {
    all = await loadAll();
  });

  it('loads every topic in every locale, with that locale’s common strings', () => {
    for (const locale of LOCALES) {
      const shared = all.about[locale].common;
      for (const topic of TOPICS) {
        const content = all[topic][locale];
        expect(content, `${topic}/${locale}`).to.be.an('object');
        expect(content.common.locale, `${topic}/${locale}`).to.equal(locale);
        // The common strings are one shared module per locale.
        expect(content.common, `${topic}/${locale}`).to.equal(shared);
      }
    }
  });

  it('rejects an unknown topic or locale with a clear error', async () => {
    let error: unknown;
    await loadTopic('symptoms' as TopicName, 'nb').catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.contain('Unknown topic "symptoms"');
    error = undefined;
    await loadTopic('about', 'de' as Locale).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.contain('Unknown locale "de"');
  });

  it('has exactly the same keys, item ids and numbers in nn and en as in nb', () => {
    const problems: string[] = [];
    for (const topic of TOPICS) {
      for (const locale of ['nn', 'en'] as const) {
        problems.push(...shapeDifferences(all[topic].nb, all[topic][locale], `${topic}/${locale}`));
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('has no empty or whitespace-only strings, and no stray whitespace', () => {
    const problems: string[] = [];
    for (const topic of TOPICS) {
      for (const locale of LOCALES) {
        for (const { path, text } of strings(all[topic][locale])) {
          if (text.trim() === '') problems.push(`${topic}/${locale} ${path} is empty`);
          else if (text !== text.trim() || /\s{2,}/.test(text))
            problems.push(`${topic}/${locale} ${path} has stray spaces`);
        }
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('cites only real section numbers', () => {
    const problems: string[] = [];
    for (const topic of TOPICS) {
      for (const locale of LOCALES) {
        for (const { path, value } of propertyValues(all[topic][locale], 'section')) {
          // `common.source.section` is the word for "section", not a citation.
          if (path === 'common.source.section') continue;
          if (!isSectionNumber(value)) problems.push(`${topic}/${locale} ${path} = ${String(value)}`);
        }
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('gives every item an id that is unique in its list', () => {
    const problems: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) {
        const ids = value
          .map((item) => (typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined))
          .filter((id) => id !== undefined);
        const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
        if (dupes.length > 0) problems.push(`${path}: ${JSON.stringify(dupes)} repeated`);
        value.forEach((item, i) => {
          walk(item, `${path}[${i}]`);
        });
      } else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
      }
    };
    for (const topic of TOPICS) walk(all[topic].nb, topic);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('gives every sourced item (object with id and text) a section', () => {
    const problems: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value))
        value.forEach((item, i) => {
          walk(item, `${path}[${i}]`);
        });
      else if (typeof value === 'object' && value !== null) {
        const record = value as Record<string, unknown>;
        if (typeof record.id === 'string' && typeof record.text === 'string' && !isSectionNumber(record.section)) {
          problems.push(path);
        }
        for (const [key, item] of Object.entries(record)) walk(item, `${path}.${key}`);
      }
    };
    for (const topic of TOPICS) for (const locale of LOCALES) walk(all[topic][locale], `${topic}/${locale}`);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('words every built-in red flag in every locale', () => {
    for (const locale of LOCALES) {
      const { flags } = all['red-flags'][locale];
      expect(Object.keys(flags).sort(), locale).to.deep.equal(DEFAULT_RULES.flags.map((flag) => flag.id).sort());
      for (const rule of DEFAULT_RULES.flags) {
        const text = (flags as Record<string, { label: string; section: number }>)[rule.id];
        const clinician = (all['red-flags'][locale].clinician?.flags as Record<string, string> | undefined)?.[rule.id];
        expect(text, `${locale} ${rule.id}`).to.not.equal(undefined);
        expect(text!.label.trim(), `${locale} ${rule.id} label`).to.not.equal('');
        expect(clinician?.trim(), `${locale} ${rule.id} clinician`).to.be.a('string').and.not.equal('');
        expect(text!.section, `${locale} ${rule.id} section`).to.equal(6);
      }
    }
  });

  it('has the three tiers and valid default contacts in every locale', () => {
    for (const locale of LOCALES) {
      const content = all['red-flags'][locale];
      expect(Object.keys(content.tiers).sort(), locale).to.deep.equal(['emergency', 'seek-help', 'self-care']);
      expect(() => validateContacts(content.contacts), locale).to.not.throw();
      expect(content.contacts.emergency.map((c) => c.number)).to.deep.equal(['116 117', '113']);
      expect(content.selfCareSummary.length, locale).to.be.within(3, 4);
    }
  });

  it('has every spine structure and condition, and the vertebra counts', () => {
    for (const locale of LOCALES) {
      const anatomy = all.anatomy[locale];
      expect(Object.keys(anatomy.structures).sort(), locale).to.deep.equal([...STRUCTURE_IDS].sort());
      expect(Object.keys(anatomy.conditions).sort(), locale).to.deep.equal([...CONDITION_IDS].sort());
      for (const region of ['cervical', 'thoracic', 'lumbar'] as const) {
        const count = VERTEBRA_COUNTS[region];
        expect(anatomy.structures[region].count, `${locale} ${region}`).to.equal(count);
        expect(anatomy.structures[region].name, `${locale} ${region}`).to.contain(String(count));
        expect(anatomy.ui.regionCount[region], `${locale} ${region}`).to.contain(String(count));
      }
      for (const id of CONDITION_IDS) {
        expect(anatomy.conditions[id].explanation.length, `${locale} ${id}`).to.be.greaterThan(0);
      }
    }
  });

  it('has the treatment groups in brochure order', () => {
    for (const locale of LOCALES) {
      expect(
        all.treatment[locale].groups.map((group) => group.id),
        locale,
      ).to.deep.equal([...TREATMENT_GROUP_IDS]);
    }
  });

  it('has a heading for every section in every locale', () => {
    for (const locale of LOCALES) {
      const { sectionHeadings } = all.about[locale];
      expect(Object.keys(sectionHeadings).map(Number), locale).to.deep.equal([...SECTION_NUMBERS]);
      for (const section of SECTION_NUMBERS) {
        expect(sectionHeadings[section].trim(), `${locale} section ${section}`).to.not.equal('');
      }
      expect(
        all.about[locale].sections.map((s) => s.section),
        locale,
      ).to.deep.equal([...SECTION_NUMBERS]);
    }
  });

  it('cites every section of the brochure somewhere', () => {
    for (const locale of LOCALES) {
      const cited = new Set<number>();
      for (const topic of TOPICS) {
        for (const { value } of propertyValues(all[topic][locale], 'section')) {
          if (typeof value === 'number') cited.add(value);
        }
      }
      // The about topic's section list would cite them all on its own; count only the rest.
      const withoutList = new Set<number>();
      for (const topic of TOPICS) {
        const content = topic === 'about' ? { ...all.about[locale], sections: [] } : all[topic][locale];
        for (const { value } of propertyValues(content, 'section'))
          if (typeof value === 'number') withoutList.add(value);
      }
      for (const section of SECTION_NUMBERS) {
        expect(cited.has(section), `${locale} section ${section}`).to.equal(true);
        expect(withoutList.has(section), `${locale} section ${section} outside the section list`).to.equal(true);
      }
    }
  });

  it('names the source, FORMI and 2007 in the disclaimer of every locale', () => {
    for (const locale of LOCALES) {
      const { common, disclaimer } = all.about[locale];
      expect(disclaimer, locale).to.contain('Verdt å vite om vond rygg');
      expect(disclaimer, locale).to.contain('FORMI');
      expect(disclaimer, locale).to.contain('2007');
      expect(common.source.year, locale).to.equal(2007);
    }
  });
});
