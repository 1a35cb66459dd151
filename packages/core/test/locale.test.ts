import { expect } from '@open-wc/testing';
import { plainDate } from '../src/plain-text.js';
import { normaliseLocale } from '../src/locale.js';

describe('normaliseLocale', () => {
  // One behaviour for the widgets, the CDN loader and the docs (packages/core/src/locale.ts).
  const cases: [string, 'nb' | 'nn' | 'en', boolean][] = [
    ['nb', 'nb', true],
    ['nb-NO', 'nb', true],
    ['no', 'nb', true],
    ['NO', 'nb', true],
    ['nob', 'nb', true],
    ['nn', 'nn', true],
    ['nno', 'nn', true],
    ['nn-NO', 'nn', true],
    ['nn_NO', 'nn', true],
    ['en', 'en', true],
    ['EN', 'en', true],
    ['en-GB', 'en', true],
    ['en-us', 'en', true],
    [' en ', 'en', true],
    ['se', 'nb', false],
    ['se-NO', 'nb', false],
    ['de', 'en', false],
    ['sv-SE', 'en', false],
    ['fr-NO', 'en', false],
  ];
  for (const [tag, locale, supported] of cases) {
    it(`reads "${tag}" as ${locale}${supported ? '' : ' (fallback)'}`, () => {
      expect(normaliseLocale(tag)).to.deep.equal({ locale, supported });
    });
  }

  it('returns undefined for an empty or missing tag so the caller looks further up', () => {
    expect(normaliseLocale('')).to.equal(undefined);
    expect(normaliseLocale('   ')).to.equal(undefined);
    expect(normaliseLocale(null)).to.equal(undefined);
    expect(normaliseLocale(undefined)).to.equal(undefined);
  });
});

describe('plainDate', () => {
  const date = new Date(2026, 10, 26);

  it('writes Norwegian dates in Norwegian in every browser, nynorsk included', () => {
    for (const locale of ['nb', 'nn'] as const) {
      const text = plainDate(date, locale);
      expect(text, locale).to.match(/^26\. ?november 2026$/);
    }
  });

  it('writes English dates day first', () => {
    expect(plainDate(date, 'en')).to.equal('26 November 2026');
  });
});
