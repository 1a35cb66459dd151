import { expect } from '@open-wc/testing';
import { foldForSearch, searchTopics } from '../../src/search.js';
import { WIDGETS } from '../../src/widgets.js';

// The catalogue as the panel searches it, with English titles as the UI language adds them.
const TITLES: Record<string, string> = {
  'red-flags': 'Red flags',
  spine: 'The spine',
  activity: 'Stay active',
  work: 'Work and sick leave',
  care: 'Treatment and scans',
  facts: 'Facts and prognosis',
};
const topics = WIDGETS.map((widget) => ({ id: widget.id, terms: [TITLES[widget.id] ?? '', ...widget.keywords] }));
const find = (query: string) => searchTopics(query, topics).map((topic) => topic.id);

describe('foldForSearch', () => {
  it('folds case, Norwegian letters and accents', () => {
    expect(foldForSearch('RØDE Flagg')).to.equal('rode flagg');
    expect(foldForSearch('Kjære Åse')).to.equal('kjaere ase');
    expect(foldForSearch('Café')).to.equal('cafe');
  });

  it('turns punctuation and runs of spaces into single spaces', () => {
    expect(foldForSearch('  sick-leave,   graded ')).to.equal('sick leave graded');
  });
});

describe('searchTopics', () => {
  it('returns every topic, in catalogue order, for an empty query', () => {
    expect(find('')).to.deep.equal(['red-flags', 'spine', 'activity', 'work', 'care', 'facts']);
    expect(find('   ')).to.deep.equal(['red-flags', 'spine', 'activity', 'work', 'care', 'facts']);
  });

  it('finds topics by bokmål, nynorsk and English words', () => {
    expect(find('prolaps')).to.deep.equal(['spine']);
    expect(find('sykmelding')).to.deep.equal(['work']);
    expect(find('sjukmelding')).to.deep.equal(['work']);
    expect(find('sick leave')).to.deep.equal(['work']);
    expect(find('red flags')).to.deep.equal(['red-flags']);
    expect(find('røde flagg')).to.deep.equal(['red-flags']);
    expect(find('raude flagg')).to.deep.equal(['red-flags']);
    expect(find('nakke')).to.deep.equal(['spine']);
    expect(find('paracetamol')).to.deep.equal(['activity']);
  });

  it('finds the care options and the facts by what clinicians and patients ask, in every language', () => {
    for (const word of ['MR', 'MRI', 'røntgen', 'X-ray', 'operasjon', 'surgery', 'kirurgi', 'tverrfagleg'])
      expect(find(word), word).to.deep.equal(['care']);
    for (const word of ['prognose', 'prognosis', 'hvor vanlig', 'kor vanleg', 'how common', 'årsaker', 'causes'])
      expect(find(word), word).to.deep.equal(['facts']);
  });

  it('matches without Norwegian letters and in any case', () => {
    expect(find('rode flagg')).to.deep.equal(['red-flags']);
    expect(find('RØDE  FLAGG')).to.deep.equal(['red-flags']);
    expect(find('ryggsoyle')).to.deep.equal(['spine']);
  });

  it('filters as you type: a word start already matches', () => {
    expect(find('s')).to.include.members(['spine', 'work']);
    expect(find('syk')).to.deep.equal(['work']);
    expect(find('prol')).to.deep.equal(['spine']);
  });

  it('puts the best match first when several topics match', () => {
    // "rygg" is the spine's own word; the activity and work topics only mention the back.
    const results = find('rygg');
    expect(results[0]).to.equal('spine');
    expect(results).to.include.members(['activity', 'work']);
  });

  it('needs every word of the query to match', () => {
    expect(find('sick prolapse')).to.deep.equal([]);
    expect(find('graded sick')).to.deep.equal(['work']);
  });

  it('finds nothing for words no topic has', () => {
    expect(find('knee')).to.deep.equal([]);
    expect(find('xyz')).to.deep.equal([]);
  });

  it('finds each topic by its title in the UI language', () => {
    for (const [id, title] of Object.entries(TITLES)) expect(find(title)[0], title).to.equal(id);
  });
});

describe('widget catalogue', () => {
  it('lists the six widgets once each, with their element names', () => {
    expect(WIDGETS.map((widget) => widget.tag)).to.deep.equal([
      'rygg-red-flag-checklist',
      'rygg-spine-diagram',
      'rygg-activity-advice',
      'rygg-return-to-work',
      'rygg-care-options',
      'rygg-back-facts',
    ]);
    expect(new Set(WIDGETS.map((widget) => widget.id)).size).to.equal(6);
  });
});
