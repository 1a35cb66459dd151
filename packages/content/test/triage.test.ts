import { expect } from '@open-wc/testing';
import {
  ContactsError,
  DEFAULT_FLAG_IDS,
  DEFAULT_RULES,
  RuleSetError,
  TIERS,
  partitionFlags,
  telLink,
  triage,
  validateContacts,
  validateRuleSet,
} from '../src/index.js';
import type { RuleSet, Tier } from '../src/index.js';

const EMERGENCY = ['urination', 'saddle-numbness'];
const SEEK_HELP = ['unsure', 'uncontrolled-pain', 'weakness', 'weight-loss', 'fever', 'feeling-ill', 'accident'];

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Runs `fn` and returns the error of `type` it throws (fails the test otherwise). */
function thrown<E extends Error>(type: new (message: string, path: string) => E, fn: () => unknown): E {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(type);
    return error as E;
  }
  throw new Error(`expected a ${type.name}, but nothing was thrown`);
}

const ruleSetError = (fn: () => unknown): RuleSetError => thrown(RuleSetError, fn);
const contactsError = (fn: () => unknown): ContactsError => thrown(ContactsError, fn);

/** A valid UK-style custom set with its own flags and only English wording. */
function ukRules(): Record<string, unknown> {
  return {
    id: 'example-uk-cauda-equina',
    version: '2.1.0',
    date: '2024-03-01',
    source: 'Example local protocol',
    locales: ['en'],
    flags: [
      { id: 'bladder', tier: 'emergency', label: { en: 'Problems peeing or controlling your bladder?' } },
      { id: 'bowel', tier: 'emergency', label: { en: 'Problems controlling your bowels?' } },
      {
        id: 'cancer-history',
        tier: 'seek-help',
        label: { en: 'Have you had cancer?' },
        clinician: { en: 'History of malignancy' },
      },
    ],
  };
}

describe('DEFAULT_RULES', () => {
  it('is section 6 of the brochure, in the documented order', () => {
    expect(DEFAULT_RULES.id).to.equal('formi-2007-section-6');
    expect(DEFAULT_RULES.version).to.equal('2.0.0');
    expect(DEFAULT_RULES.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(DEFAULT_RULES.source).to.contain('avsnitt 6');
    expect([...DEFAULT_RULES.locales]).to.deep.equal(['nb', 'nn', 'en']);
    expect(DEFAULT_RULES.flags.map((flag) => flag.id)).to.deep.equal([...EMERGENCY, ...SEEK_HELP]);
    expect([...DEFAULT_FLAG_IDS]).to.deep.equal([...EMERGENCY, ...SEEK_HELP]);
  });

  it('cites section 6 on every flag and carries no wording', () => {
    for (const flag of DEFAULT_RULES.flags) {
      expect(flag.section, flag.id).to.equal(6);
      expect(flag.label, flag.id).to.equal(undefined);
      expect(flag.clinician, flag.id).to.equal(undefined);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DEFAULT_RULES)).to.equal(true);
    expect(Object.isFrozen(DEFAULT_RULES.flags)).to.equal(true);
    expect(Object.isFrozen(DEFAULT_RULES.flags[0])).to.equal(true);
  });

  it('passes its own validation unchanged', () => {
    expect(validateRuleSet(DEFAULT_RULES)).to.equal(DEFAULT_RULES);
  });

  it('lists the tiers most urgent first', () => {
    expect([...TIERS]).to.deep.equal(['emergency', 'seek-help', 'self-care']);
  });
});

describe('triage', () => {
  it('gives self-care when nothing is ticked', () => {
    expect(triage([])).to.deep.equal({ tier: 'self-care', flags: [] });
  });

  // Whom each sign leads to (issue 14): doctors for signs of infection, cancer or fracture.
  const SIGNS_BY_ROUTE: Record<string, readonly string[]> = {
    emergency: ['urination', 'saddle-numbness'],
    'health-professional': ['unsure', 'uncontrolled-pain'],
    'doctor-today': ['fever', 'accident'],
    'doctor-soon': ['weakness'],
    doctor: ['weight-loss', 'feeling-ill'],
  };
  const ROUTES = Object.fromEntries(
    Object.entries(SIGNS_BY_ROUTE).flatMap(([route, signs]) => signs.map((sign) => [sign, route])),
  );

  for (const id of EMERGENCY) {
    it(`gives emergency for "${id}" alone`, () => {
      expect(triage([id])).to.deep.equal({ tier: 'emergency', flags: [id], route: 'emergency' });
    });
  }

  for (const id of SEEK_HELP) {
    it(`gives seek-help and the route "${ROUTES[id]}" for "${id}" alone`, () => {
      expect(triage([id])).to.deep.equal({ tier: 'seek-help', flags: [id], route: ROUTES[id] });
    });
  }

  it('gives the most urgent route of the ticked signs', () => {
    expect(triage(['unsure', 'weight-loss']).route).to.equal('doctor');
    expect(triage(['weight-loss', 'weakness']).route).to.equal('doctor-soon');
    expect(triage(['weakness', 'accident', 'unsure']).route).to.equal('doctor-today');
    expect(triage(['fever', 'urination']).route).to.equal('emergency');
  });

  it('gives no route for self-care, or for a set without routes', () => {
    expect(triage(['nope'])).to.not.have.property('route');
    const plain = validateRuleSet(ukRules());
    expect(triage(['bladder'], plain)).to.deep.equal({ tier: 'emergency', flags: ['bladder'] });
  });

  it('lets any emergency flag win over seek-help flags', () => {
    expect(triage(['fever', 'weakness', 'saddle-numbness']).tier).to.equal('emergency');
    expect(triage([...SEEK_HELP, 'urination']).tier).to.equal('emergency');
    expect(triage([...SEEK_HELP]).tier).to.equal('seek-help');
    expect(triage([...EMERGENCY, ...SEEK_HELP])).to.deep.equal({
      tier: 'emergency',
      flags: [...EMERGENCY, ...SEEK_HELP],
      route: 'emergency',
    });
  });

  it('does not depend on the order flags were ticked in', () => {
    const ticked = ['accident', 'urination', 'fever', 'unsure'];
    const expected = {
      tier: 'emergency' as Tier,
      flags: ['urination', 'unsure', 'fever', 'accident'],
      route: 'emergency',
    };
    const all = permutations(ticked);
    expect(all).to.have.length(24);
    for (const order of all) expect(triage(order), order.join(',')).to.deep.equal(expected);
  });

  it('removes duplicates', () => {
    expect(triage(['fever', 'fever', 'weakness', 'fever'])).to.deep.equal({
      tier: 'seek-help',
      flags: ['weakness', 'fever'],
      route: 'doctor-today',
    });
  });

  it('follows unticking: the result of a subset is computed afresh', () => {
    const ticked = new Set(['urination', 'fever']);
    expect(triage(ticked).tier).to.equal('emergency');
    ticked.delete('urination');
    expect(triage(ticked)).to.deep.equal({ tier: 'seek-help', flags: ['fever'], route: 'doctor-today' });
    ticked.delete('fever');
    expect(triage(ticked)).to.deep.equal({ tier: 'self-care', flags: [] });
  });

  it('ignores unknown ids and values that are not strings', () => {
    expect(triage(['nope', 'FEVER', ''])).to.deep.equal({ tier: 'self-care', flags: [] });
    expect(triage(['nope', 'weakness'])).to.deep.equal({
      tier: 'seek-help',
      flags: ['weakness'],
      route: 'doctor-soon',
    });
    expect(triage([42, null, 'fever'] as unknown as string[])).to.deep.equal({
      tier: 'seek-help',
      flags: ['fever'],
      route: 'doctor-today',
    });
  });

  it('accepts any iterable', () => {
    function* ticked(): Generator<string> {
      yield 'weight-loss';
      yield 'saddle-numbness';
    }
    expect(triage(ticked())).to.deep.equal({
      tier: 'emergency',
      flags: ['saddle-numbness', 'weight-loss'],
      route: 'emergency',
    });
  });

  it('is pure: it does not change its input', () => {
    const input = ['fever', 'urination'];
    triage(input);
    expect(input).to.deep.equal(['fever', 'urination']);
  });

  it('uses a custom rule set when given one', () => {
    const rules = validateRuleSet(ukRules());
    expect(triage(['cancer-history'], rules)).to.deep.equal({ tier: 'seek-help', flags: ['cancer-history'] });
    expect(triage(['cancer-history', 'bowel'], rules)).to.deep.equal({
      tier: 'emergency',
      flags: ['bowel', 'cancer-history'],
    });
    // Built-in ids mean nothing to a set that does not list them.
    expect(triage(['urination'], rules)).to.deep.equal({ tier: 'self-care', flags: [] });
  });
});

describe('partitionFlags', () => {
  it('splits known (rule order, deduplicated) from unknown (given order, deduplicated)', () => {
    expect(partitionFlags(['x', 'fever', 'urination', 'y', 'x', 'fever'])).to.deep.equal({
      known: ['urination', 'fever'],
      unknown: ['x', 'y'],
    });
  });

  it('handles empty input', () => {
    expect(partitionFlags([])).to.deep.equal({ known: [], unknown: [] });
  });

  it('uses the given rule set', () => {
    const rules = validateRuleSet(ukRules());
    expect(partitionFlags(['bladder', 'fever'], rules)).to.deep.equal({ known: ['bladder'], unknown: ['fever'] });
  });
});

describe('validateRuleSet', () => {
  it('accepts a UK-style custom set and returns a frozen, normalised copy', () => {
    const input = ukRules();
    (input as { extra?: string }).extra = 'dropped';
    const rules: RuleSet = validateRuleSet(input);
    expect(rules).to.not.equal(input);
    expect(rules.id).to.equal('example-uk-cauda-equina');
    expect([...rules.locales]).to.deep.equal(['en']);
    expect(rules.flags.map((flag) => [flag.id, flag.tier])).to.deep.equal([
      ['bladder', 'emergency'],
      ['bowel', 'emergency'],
      ['cancer-history', 'seek-help'],
    ]);
    expect(rules.flags[2]?.clinician?.en).to.equal('History of malignancy');
    expect(rules.flags[0]?.section).to.equal(undefined);
    expect('extra' in rules).to.equal(false);
    expect(Object.isFrozen(rules)).to.equal(true);
    expect(Object.isFrozen(rules.flags)).to.equal(true);
    expect(Object.isFrozen(rules.flags[0])).to.equal(true);
    expect(Object.isFrozen(rules.flags[0]?.label)).to.equal(true);
  });

  it('trims strings', () => {
    const input = ukRules();
    input.id = '  padded  ';
    expect(validateRuleSet(input).id).to.equal('padded');
  });

  it('accepts a custom set in all three locales', () => {
    const rules = validateRuleSet({
      id: 'three',
      version: '1',
      date: '2025-01-31',
      source: 'Local',
      locales: ['nb', 'nn', 'en'],
      flags: [{ id: 'a', tier: 'seek-help', section: 6, label: { nb: 'A', nn: 'A', en: 'A' } }],
    });
    expect(rules.flags[0]?.section).to.equal(6);
  });

  it('accepts an unchanged copy of the built-in set without labels', () => {
    const copy = JSON.parse(JSON.stringify(DEFAULT_RULES)) as unknown;
    const rules = validateRuleSet(copy);
    expect(rules.flags.map((flag) => flag.id)).to.deep.equal(DEFAULT_RULES.flags.map((flag) => flag.id));
  });

  // A problem in one flag of a custom set: the change, and the path and problem the error names.
  const FLAG_PROBLEMS: {
    what: string;
    change: (flags: Record<string, unknown>[]) => void;
    path: string;
    problem: string;
  }[] = [
    {
      what: 'an unknown tier',
      change: (flags) => (flags[2]!.tier = 'urgent'),
      path: 'rules.flags[2].tier',
      problem: 'is "urgent"; expected "emergency" or "seek-help"',
    },
    {
      what: 'a missing tier',
      change: (flags) => delete flags[0]!.tier,
      path: 'rules.flags[0].tier',
      problem: 'is missing; expected "emergency" or "seek-help"',
    },
    {
      what: 'self-care as a flag tier',
      change: (flags) => (flags[0]!.tier = 'self-care'),
      path: 'rules.flags[0].tier',
      problem: 'is "self-care"; expected "emergency" or "seek-help"',
    },
    {
      what: 'a duplicate id',
      change: (flags) => flags.push({ id: 'bowel', tier: 'seek-help', label: { en: 'Again' } }),
      path: 'rules.flags[3].id',
      problem: '"bowel" is used twice',
    },
    {
      what: 'a custom set without any labels',
      change: (flags) => delete flags[0]!.label,
      path: 'rules.flags[0].label.en',
      problem: 'is missing; the rule set lists "en" in its locales',
    },
    {
      what: 'an empty label',
      change: (flags) => (flags[1]!.label = { en: '   ' }),
      path: 'rules.flags[1].label.en',
      problem: 'must be a non-empty string',
    },
    {
      what: 'a label in an unsupported locale',
      change: (flags) => (flags[1]!.label = { en: 'Bowels', de: 'Darm' }),
      path: 'rules.flags[1].label.de',
      problem: 'is not a supported locale; supported: nb, nn, en',
    },
  ];
  for (const { what, change, path, problem } of FLAG_PROBLEMS) {
    it(`rejects ${what}`, () => {
      const input = ukRules();
      change(input.flags as Record<string, unknown>[]);
      const error = ruleSetError(() => validateRuleSet(input));
      expect(error.message).to.equal(`${path} ${problem}`);
      expect(error.path).to.equal(path);
      expect(error.name).to.equal('RuleSetError');
    });
  }

  it('rejects a missing label for a listed locale', () => {
    const input = ukRules();
    input.locales = ['en', 'nb'];
    const error = ruleSetError(() => validateRuleSet(input));
    expect(error.message).to.equal('rules.flags[0].label.nb is missing; the rule set lists "nb" in its locales');
    expect(error.path).to.equal('rules.flags[0].label.nb');
  });

  it('rejects wrong types', () => {
    const withVersion = ukRules();
    withVersion.version = 2;
    expect(ruleSetError(() => validateRuleSet(withVersion)).message).to.equal(
      'rules.version must be a non-empty string',
    );

    const withFlag = ukRules();
    (withFlag.flags as unknown[])[1] = 'bowel';
    expect(ruleSetError(() => validateRuleSet(withFlag)).message).to.equal('rules.flags[1] must be an object');

    const withLabel = ukRules();
    (withLabel.flags as Record<string, unknown>[])[0]!.label = 'Bladder';
    expect(ruleSetError(() => validateRuleSet(withLabel)).message).to.equal(
      'rules.flags[0].label must be an object of texts per locale',
    );

    const withSection = ukRules();
    (withSection.flags as Record<string, unknown>[])[0]!.section = 12;
    expect(ruleSetError(() => validateRuleSet(withSection)).message).to.equal(
      'rules.flags[0].section is 12; expected one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11',
    );

    const withDate = ukRules();
    withDate.date = '2024-02-30';
    expect(ruleSetError(() => validateRuleSet(withDate)).message).to.equal(
      'rules.date must be a date written YYYY-MM-DD (it is "2024-02-30")',
    );

    const withLocales = ukRules();
    withLocales.locales = 'en';
    expect(ruleSetError(() => validateRuleSet(withLocales)).message).to.equal('rules.locales must be an array');
  });

  it('rejects something that is not an object', () => {
    for (const input of [undefined, 'rules', 42, true, [], () => undefined]) {
      const error = ruleSetError(() => validateRuleSet(input));
      expect(error.message).to.equal('rules must be an object');
      expect(error.path).to.equal('rules');
    }
  });

  it('rejects null', () => {
    expect(ruleSetError(() => validateRuleSet(null)).message).to.equal('rules must be an object');
  });

  it('rejects flags that are not an array, or none at all', () => {
    const input = ukRules();
    input.flags = { bladder: 'emergency' };
    const error = ruleSetError(() => validateRuleSet(input));
    expect(error.message).to.equal('rules.flags must be an array');
    expect(error.path).to.equal('rules.flags');
    input.flags = [];
    expect(ruleSetError(() => validateRuleSet(input)).message).to.equal('rules.flags must contain at least one flag');
  });

  it('rejects an unsupported locale, a repeated locale and no locales', () => {
    const input = ukRules();
    input.locales = ['en', 'de'];
    expect(ruleSetError(() => validateRuleSet(input)).message).to.equal(
      'rules.locales contains "de"; supported: nb, nn, en',
    );
    input.locales = ['en', 'en'];
    expect(ruleSetError(() => validateRuleSet(input)).message).to.equal('rules.locales lists "en" twice');
    input.locales = [];
    expect(ruleSetError(() => validateRuleSet(input)).message).to.equal('rules.locales must list at least one locale');
  });

  it('rejects an empty id (rule set or flag)', () => {
    const input = ukRules();
    input.id = '';
    expect(ruleSetError(() => validateRuleSet(input)).message).to.equal('rules.id must be a non-empty string');
    const flagInput = ukRules();
    (flagInput.flags as Record<string, unknown>[])[0]!.id = ' ';
    const error = ruleSetError(() => validateRuleSet(flagInput));
    expect(error.message).to.equal('rules.flags[0].id must be a non-empty string');
    expect(error.path).to.equal('rules.flags[0].id');
  });

  it('treats a changed copy of the built-in set as custom (labels required)', () => {
    const copy = JSON.parse(JSON.stringify(DEFAULT_RULES)) as { flags: { route: string }[] };
    copy.flags[6]!.route = 'doctor';
    expect(ruleSetError(() => validateRuleSet(copy)).message).to.equal(
      'rules.flags[0].label.nb is missing; the rule set lists "nb" in its locales',
    );
  });

  it("checks a custom set's routes: known ids, the flag's tier, wording in every locale", () => {
    const withRoutes = () => {
      const input = ukRules();
      input.routes = [
        { id: 'ae', tier: 'emergency', heading: { en: 'Go to A&E now' }, action: { en: 'Go to A&E.' } },
        { id: 'gp', tier: 'seek-help', contacts: ['gp'], heading: { en: 'See your GP' }, action: { en: 'Book.' } },
      ];
      const flags = input.flags as Record<string, unknown>[];
      flags[0]!.route = 'ae';
      flags[1]!.route = 'ae';
      flags[2]!.route = 'gp';
      return input;
    };
    const valid = validateRuleSet(withRoutes());
    expect(valid.routes?.map((route) => route.id)).to.deep.equal(['ae', 'gp']);
    expect(valid.routes?.[1]?.contacts).to.deep.equal(['gp']);
    expect(triage(['cancer-history'], valid).route).to.equal('gp');

    const unknown = withRoutes();
    (unknown.flags as Record<string, unknown>[])[2]!.route = 'oncology';
    expect(ruleSetError(() => validateRuleSet(unknown)).message).to.equal(
      'rules.flags[2].route is "oncology"; expected one of "ae" or "gp"',
    );
    const wrongTier = withRoutes();
    (wrongTier.flags as Record<string, unknown>[])[2]!.route = 'ae';
    expect(ruleSetError(() => validateRuleSet(wrongTier)).path).to.equal('rules.flags[2].route');
    const missing = withRoutes();
    delete (missing.flags as Record<string, unknown>[])[0]!.route;
    expect(ruleSetError(() => validateRuleSet(missing)).message).to.equal(
      'rules.flags[0].route must be a non-empty string',
    );
    const unworded = withRoutes();
    delete (unworded.routes as Record<string, unknown>[])[1]!.action;
    expect(ruleSetError(() => validateRuleSet(unworded)).message).to.equal(
      'rules.routes[1].action.en is missing; the rule set lists "en" in its locales',
    );
    const noRoutes = ukRules();
    (noRoutes.flags as Record<string, unknown>[])[0]!.route = 'ae';
    expect(ruleSetError(() => validateRuleSet(noRoutes)).message).to.equal(
      'rules.flags[0].route names a route, but the rule set has no routes',
    );
  });

  it('throws only RuleSetError, whatever the input', () => {
    const cyclic: Record<string, unknown> = { id: 'c', version: '1', date: '2024-01-01', source: 's', locales: ['en'] };
    cyclic.flags = [cyclic];
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const getter = {
      get id(): string {
        throw new TypeError('no id for you');
      },
    };
    for (const input of [cyclic, throwing, revoked.proxy, getter, Symbol('x'), 10n, Number.NaN, new Date(), /x/]) {
      ruleSetError(() => validateRuleSet(input));
    }
    expect(ruleSetError(() => validateRuleSet(throwing)).message).to.equal('rules could not be read: boom');
  });
});

describe('validateContacts', () => {
  const valid = {
    emergency: [
      { id: 'ambulance', label: 'Emergency', number: '999', description: 'When life is in danger' },
      { id: 'nhs', label: 'NHS 111', number: '111' },
    ],
    'seek-help': [{ id: 'gp', label: 'Your GP' }],
  };

  it('accepts valid contacts and returns a frozen, trimmed copy', () => {
    const contacts = validateContacts({
      ...valid,
      'seek-help': [{ id: ' gp ', label: ' Your GP ', number: ' +44 20 7946-0000 ' }],
    });
    expect(contacts.emergency.map((c) => c.id)).to.deep.equal(['ambulance', 'nhs']);
    expect(contacts['seek-help'][0]).to.deep.equal({ id: 'gp', label: 'Your GP', number: '+44 20 7946-0000' });
    expect(Object.isFrozen(contacts)).to.equal(true);
    expect(Object.isFrozen(contacts.emergency)).to.equal(true);
    expect(Object.isFrozen(contacts.emergency[0])).to.equal(true);
  });

  it('accepts an empty seek-help list', () => {
    expect(validateContacts({ ...valid, 'seek-help': [] })['seek-help']).to.deep.equal([]);
  });

  it('rejects what is not an object', () => {
    for (const input of [null, undefined, 'x', 3, []]) {
      const error = contactsError(() => validateContacts(input));
      expect(error.message).to.equal('contacts must be an object');
      expect(error.name).to.equal('ContactsError');
      expect(error.path).to.equal('contacts');
    }
  });

  it('rejects a missing tier, an unknown tier and an empty emergency list', () => {
    expect(contactsError(() => validateContacts({ emergency: valid.emergency })).message).to.equal(
      'contacts.seek-help must be an array',
    );
    expect(contactsError(() => validateContacts({ ...valid, urgent: [] })).message).to.equal(
      'contacts.urgent is not a tier; expected "emergency" or "seek-help"',
    );
    expect(contactsError(() => validateContacts({ ...valid, emergency: [] })).message).to.equal(
      'contacts.emergency must list at least one contact',
    );
  });

  it('rejects bad contacts', () => {
    expect(contactsError(() => validateContacts({ ...valid, emergency: ['999'] })).message).to.equal(
      'contacts.emergency[0] must be an object',
    );
    expect(contactsError(() => validateContacts({ ...valid, emergency: [{ id: '', label: 'x' }] })).message).to.equal(
      'contacts.emergency[0].id must be a non-empty string',
    );
    expect(contactsError(() => validateContacts({ ...valid, emergency: [{ id: 'a' }] })).message).to.equal(
      'contacts.emergency[0].label must be a non-empty string',
    );
    const letters = contactsError(() =>
      validateContacts({ ...valid, emergency: [{ id: 'a', label: 'A', number: 'call 999' }] }),
    );
    expect(letters.message).to.equal(
      'contacts.emergency[0].number is "call 999"; a number may contain only digits, spaces, + and -',
    );
    expect(letters.path).to.equal('contacts.emergency[0].number');
    expect(
      contactsError(() => validateContacts({ ...valid, emergency: [{ id: 'a', label: 'A', number: 113 }] })).message,
    ).to.equal('contacts.emergency[0].number is 113; a number may contain only digits, spaces, + and -');
    expect(
      contactsError(() => validateContacts({ ...valid, emergency: [{ id: 'a', label: 'A', description: '' }] }))
        .message,
    ).to.equal('contacts.emergency[0].description must be a non-empty string when given');
    expect(
      contactsError(() =>
        validateContacts({
          ...valid,
          emergency: [
            { id: 'a', label: 'A' },
            { id: 'a', label: 'B' },
          ],
        }),
      ).message,
    ).to.equal('contacts.emergency[1].id "a" is used twice');
  });

  it('throws only ContactsError, whatever the input', () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(contactsError(() => validateContacts(throwing)).message).to.equal('contacts could not be read: boom');
  });
});

describe('telLink', () => {
  it('strips spaces and dashes and keeps a leading +', () => {
    expect(telLink('116 117')).to.equal('tel:116117');
    expect(telLink('113')).to.equal('tel:113');
    expect(telLink('+47 21 00 00 00')).to.equal('tel:+4721000000');
    expect(telLink(' +44 20-7946-0000 ')).to.equal('tel:+442079460000');
  });

  it('gives undefined, not an error, for a number without digits', () => {
    expect(telLink(' - ')).to.equal(undefined);
    expect(telLink('')).to.equal(undefined);
  });
});
