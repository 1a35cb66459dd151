import { expect } from '@open-wc/testing';
// The title is checked word for word against the brochure by check-own-words; here, the line's form.
import {
  CONTENT_VERSION,
  LOCALES,
  SECTION_NUMBERS,
  TOPICS,
  TOPIC_SECTIONS,
  isLocale,
  isSectionNumber,
  isTopicName,
  loadActivity,
  loadActivityLongLasting,
  loadRedFlags,
  loadRedFlagsClinician,
  loadRedFlagsResult,
  loadTopic,
  sourceLine,
} from '../src/index.js';

describe('locale, source and topic helpers', () => {
  it('lists the locales and sections', () => {
    expect([...LOCALES]).to.deep.equal(['nb', 'nn', 'en']);
    expect([...SECTION_NUMBERS]).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(isSectionNumber(4)).to.equal(true);
    expect(isSectionNumber(12)).to.equal(false);
    expect(isSectionNumber(6)).to.equal(true);
    expect(isSectionNumber('6')).to.equal(false);
    expect(isLocale('nn')).to.equal(true);
    expect(isLocale('no')).to.equal(false);
  });

  it('lists the topics and the sections they cover, all sections included', () => {
    expect([...TOPICS]).to.deep.equal(['about', 'causes', 'anatomy', 'activity', 'red-flags', 'work', 'treatment']);
    expect(isTopicName('work')).to.equal(true);
    expect(isTopicName('symptoms')).to.equal(false);
    const covered = new Set(TOPICS.flatMap((topic) => TOPIC_SECTIONS[topic]));
    for (const section of SECTION_NUMBERS) expect(covered.has(section), String(section)).to.equal(true);
  });

  it("keeps the red flags' professional and result wording in modules of their own, which loadTopic adds", async () => {
    for (const locale of LOCALES) {
      const [patient, result, clinician, topic] = await Promise.all([
        loadRedFlags(locale),
        loadRedFlagsResult(locale),
        loadRedFlagsClinician(locale),
        loadTopic('red-flags', locale),
      ]);
      expect(patient.clinician, locale).to.equal(undefined);
      expect(patient.tiers, locale).to.equal(undefined);
      expect(Object.keys(result).sort(), locale).to.deep.equal([
        'adviceLinkText',
        'routes',
        'selfCareSummary',
        'tiers',
      ]);
      expect(clinician.flags.fever, locale).to.be.a('string').and.not.equal(patient.flags.fever.label);
      expect(topic.clinician, locale).to.deep.equal(clinician);
      expect({ ...topic, clinician: undefined }, locale).to.deep.equal({ ...patient, ...result, clinician: undefined });
    }
  });

  it('keeps the advice for long-lasting pain in a module of its own, which loadTopic adds', async () => {
    for (const locale of LOCALES) {
      const [acute, longLasting, topic] = await Promise.all([
        loadActivity(locale),
        loadActivityLongLasting(locale),
        loadTopic('activity', locale),
      ]);
      expect(acute.longLasting, locale).to.equal(undefined);
      expect(acute.prevention, locale).to.equal(undefined);
      expect(longLasting.longLasting.length, locale).to.be.greaterThan(0);
      expect(topic, locale).to.deep.equal({ ...acute, ...longLasting });
    }
  });

  it('writes source lines in each language', async () => {
    const nb = (await loadRedFlags('nb')).common;
    const en = (await loadRedFlags('en')).common;
    expect(sourceLine(nb, 6)).to.equal(
      `Kilde: Verdt å vite om vond rygg (FORMI, 2007), avsnitt 6. Innholdsversjon ${CONTENT_VERSION}`,
    );
    expect(sourceLine(en, [7, 5, 7])).to.equal(
      `Source: Worth knowing about back pain (FORMI, 2007), sections 5, 7. Content version ${CONTENT_VERSION}`,
    );
    expect(sourceLine(nb)).to.equal(
      `Kilde: Verdt å vite om vond rygg (FORMI, 2007). Innholdsversjon ${CONTENT_VERSION}`,
    );
  });
});
