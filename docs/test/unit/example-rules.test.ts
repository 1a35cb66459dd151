import { expect } from '@open-wc/testing';
import { DEFAULT_FLAG_IDS, validateRuleSet } from '@ryggrad/content';
import { formatRules } from '../../src/clinical/custom-rules.js';

describe('the example rule set on the Clinical content page', () => {
  it('is a valid rule set, with English wording for every flag', async () => {
    const response = await fetch('/docs/examples/site-rules.json');
    expect(response.ok).to.equal(true);
    const rules = validateRuleSet(await response.json());
    expect(rules.locales).to.deep.equal(['en']);
    for (const flag of rules.flags) expect(flag.label?.en, flag.id).to.be.a('string');
  });

  it('keeps every flag of the brochure and adds the later cauda equina signs as emergencies', async () => {
    const rules = validateRuleSet(await (await fetch('/docs/examples/site-rules.json')).json());
    const ids = rules.flags.map((flag) => flag.id);
    expect(ids).to.include.members([...DEFAULT_FLAG_IDS]);
    for (const id of ['numb-when-wiping', 'bowel-control', 'sexual-function', 'both-legs']) {
      expect(rules.flags.find((flag) => flag.id === id)?.tier, id).to.equal('emergency');
    }
    expect(rules.flags.find((flag) => flag.id === 'cancer-history')?.tier).to.equal('seek-help');
  });
});

describe('formatRules', () => {
  it('writes one line per field and per flag, and stays valid JSON', () => {
    const rules = {
      id: 'x',
      locales: ['en'],
      flags: [
        { id: 'a', tier: 'emergency', label: { en: 'A: "b", c' } },
        { id: 'd', tier: 'seek-help' },
      ],
    };
    const text = formatRules(rules);
    expect(text).to.equal(
      '{\n  "id": "x",\n  "locales": ["en"],\n  "flags": [\n    { "id": "a", "tier": "emergency", "label": { "en": "A: \\"b\\", c" } },\n    { "id": "d", "tier": "seek-help" }\n  ]\n}',
    );
    expect(JSON.parse(text)).to.deep.equal(rules);
  });
});
