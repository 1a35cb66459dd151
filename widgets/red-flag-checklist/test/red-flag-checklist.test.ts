import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  captureConsole,
  describeWidgetConformance,
  expectAxeClean,
  renderWidget,
  storageSnapshot,
  underMedia,
} from '@ryggrad/testing';
import { DEFAULT_FLAG_IDS, DEFAULT_RULES, sourceLine } from '@ryggrad/content';
import type { Locale, RuleSet, WordedRouteId } from '@ryggrad/content';
import { plainDate } from '@ryggrad/core';
import '../src/define.js';
import type { RyggRedFlagChecklist, TriageChangeDetail } from '../src/red-flag-checklist.js';
import {
  LOCALE_LIST,
  card,
  checkbox,
  clickAt,
  content,
  focused,
  labelOf,
  liveRegion,
  maybe,
  noneCheckbox,
  press,
  query,
  root,
  shownTier,
  text,
} from './helpers.js';

const EMERGENCY_FLAGS = DEFAULT_RULES.flags.filter((flag) => flag.tier === 'emergency').map((flag) => flag.id);
const SEEK_HELP_FLAGS = DEFAULT_RULES.flags.filter((flag) => flag.tier === 'seek-help').map((flag) => flag.id);

async function checklist(
  attributes: { lang?: Locale; audience?: string; theme?: string; adviceHref?: string } = {},
): Promise<RyggRedFlagChecklist> {
  const element = await fixture<RyggRedFlagChecklist>(
    html`<rygg-red-flag-checklist
      lang=${attributes.lang ?? 'nb'}
      audience=${attributes.audience ?? 'patient'}
      theme=${attributes.theme ?? 'light'}
      advice-href=${attributes.adviceHref ?? ''}
    ></rygg-red-flag-checklist>`,
  );
  await element.updateComplete;
  return element;
}

/** The checklist in a column `width` px wide, with these flags ticked. */
async function inColumn(width: number, lang: Locale, flags: string[]): Promise<RyggRedFlagChecklist> {
  const element = await renderWidget<RyggRedFlagChecklist>('rygg-red-flag-checklist', { lang }, width);
  element.flags = flags;
  await element.updateComplete;
  return element;
}

/** Records every rygg-triage-change the page would see (on the body: it bubbles out of the shadow root). */
function recordEvents(): { events: TriageChangeDetail[]; stop(): void } {
  const events: TriageChangeDetail[] = [];
  const listener = (event: CustomEvent<TriageChangeDetail>) => events.push(event.detail);
  document.body.addEventListener('rygg-triage-change', listener);
  return {
    events,
    stop: () => {
      document.body.removeEventListener('rygg-triage-change', listener);
    },
  };
}

/** The visible result, `triage` and the last event must tell the same story. */
async function expectAgreement(
  element: RyggRedFlagChecklist,
  events: TriageChangeDetail[],
  tier: string,
  flags: string[],
  locale: Locale = 'nb',
  route?: WordedRouteId,
): Promise<void> {
  await element.updateComplete;
  expect(element.triage).to.deep.equal({ tier, flags });
  expect(element.answered).to.equal(true);
  expect(events.at(-1)).to.deep.equal({ tier, flags, answered: true });
  expect(shownTier(element)).to.equal(tier);
  const strings = await content(locale);
  const tierText = route ? strings.routes[route] : strings.tiers[tier as 'emergency'];
  const heading = text(query(element, '.card-heading'));
  expect(heading).to.contain(tierText.heading).and.contain(tierText.levelText);
  for (const id of DEFAULT_FLAG_IDS) expect(checkbox(element, id).checked, id).to.equal(flags.includes(id));
}

describe('<rygg-red-flag-checklist>: structure', () => {
  it('asks every question of the rule set as a native, labelled checkbox in a fieldset with a legend', async () => {
    const element = await checklist({ lang: 'nb' });
    const strings = await content('nb');
    const questions = query(element, '[part~="questions"]');
    expect(questions.localName).to.equal('fieldset');
    expect(text(questions.querySelector(':scope > legend'))).to.equal(strings.legend);
    const inputs = [...root(element).querySelectorAll<HTMLInputElement>('input[name^="flag-"]')];
    expect(inputs.map((input) => input.value)).to.deep.equal([...DEFAULT_FLAG_IDS]);
    for (const input of inputs) {
      expect(input.type).to.equal('checkbox');
      expect(questions.contains(input)).to.equal(true);
      expect(text(labelOf(input))).to.equal(strings.flags[input.value as 'fever'].label);
    }
    expect(text(labelOf(noneCheckbox(element)))).to.equal(strings.noneOfThese);
  });

  it('puts the emergency questions in their own group with a legend and an icon, not colour alone', async () => {
    const element = await checklist({ lang: 'en' });
    const strings = await content('en');
    const group = query(element, 'fieldset.group-emergency');
    expect(text(group.querySelector('legend'))).to.equal(strings.emergencyGroupLabel);
    expect(group.querySelector('legend svg.icon')).to.exist;
    expect([...group.querySelectorAll<HTMLInputElement>('input')].map((input) => input.value)).to.deep.equal(
      EMERGENCY_FLAGS,
    );
    const other = query(element, 'fieldset.group-seek-help');
    expect([...other.querySelectorAll<HTMLInputElement>('input')].map((input) => input.value)).to.deep.equal(
      SEEK_HELP_FLAGS,
    );
    // Distinct in shape, too: a thicker border than the other group.
    expect(parseFloat(getComputedStyle(group).borderTopWidth)).to.be.greaterThan(
      parseFloat(getComputedStyle(other).borderTopWidth),
    );
  });

  it('shows no result and reports self-care, unanswered, before any answer', async () => {
    const element = await checklist();
    expect(card(element)).to.equal(null);
    expect(text(query(element, '[part~="result"]'))).to.equal((await content('nb')).ui.resultPlaceholder);
    expect(maybe(element, '[part~="reset"]')).to.equal(null);
    expect(element.triage).to.deep.equal({ tier: 'self-care', flags: [] });
    expect(element.answered).to.equal(false);
    expect(element.flags).to.deep.equal([]);
  });

  it('keeps one live region per politeness level in the DOM from the first render', async () => {
    const element = await checklist();
    expect(root(element).querySelectorAll('[aria-live="polite"]')).to.have.length(1);
    expect(root(element).querySelectorAll('[aria-live="assertive"]')).to.have.length(1);
    const polite = liveRegion(element, 'polite');
    const assertive = liveRegion(element, 'assertive');
    await clickAt(labelOf(checkbox(element, 'fever')));
    await element.updateComplete;
    await clickAt(labelOf(checkbox(element, 'urination')));
    await element.updateComplete;
    // The same elements, not new ones: screen readers only announce changes to regions they know.
    expect(liveRegion(element, 'polite')).to.equal(polite);
    expect(liveRegion(element, 'assertive')).to.equal(assertive);
  });
});

describe('<rygg-red-flag-checklist>: answering with the mouse', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => {
    recorder = recordEvents();
  });
  afterEach(() => {
    recorder.stop();
  });

  it('reaches every tier through clicks on the labels, in any order of ticking and unticking', async () => {
    const element = await checklist({ lang: 'nb' });
    const { events } = recorder;

    await clickAt(labelOf(checkbox(element, 'fever')));
    await expectAgreement(element, events, 'seek-help', ['fever'], 'nb', 'doctor-today');

    await clickAt(labelOf(checkbox(element, 'saddle-numbness')));
    await expectAgreement(element, events, 'emergency', ['saddle-numbness', 'fever']);

    await clickAt(labelOf(checkbox(element, 'unsure')));
    await expectAgreement(element, events, 'emergency', ['saddle-numbness', 'unsure', 'fever']);

    // Unticking the emergency sign steps back to seek-help; order of ticking never matters.
    await clickAt(labelOf(checkbox(element, 'saddle-numbness')));
    await expectAgreement(element, events, 'seek-help', ['unsure', 'fever'], 'nb', 'doctor-today');

    await clickAt(labelOf(checkbox(element, 'fever')));
    await clickAt(labelOf(checkbox(element, 'unsure')));
    await element.updateComplete;
    expect(element.triage).to.deep.equal({ tier: 'self-care', flags: [] });
    expect(element.answered).to.equal(false);
    expect(events.at(-1)).to.deep.equal({ tier: 'self-care', flags: [], answered: false });
    expect(card(element)).to.equal(null);

    await clickAt(labelOf(noneCheckbox(element)));
    await expectAgreement(element, events, 'self-care', []);
    expect(noneCheckbox(element).checked).to.equal(true);
    expect(events).to.have.length(7);
  });

  it('makes "none of these" exclusive: choosing it clears the flags, ticking a flag clears it', async () => {
    const element = await checklist({ lang: 'en' });
    const { events } = recorder;
    await clickAt(labelOf(checkbox(element, 'urination')));
    await clickAt(labelOf(checkbox(element, 'weakness')));
    await expectAgreement(element, events, 'emergency', ['urination', 'weakness'], 'en');

    await clickAt(labelOf(noneCheckbox(element)));
    await expectAgreement(element, events, 'self-care', [], 'en');
    expect(noneCheckbox(element).checked).to.equal(true);

    await clickAt(labelOf(checkbox(element, 'accident')));
    await expectAgreement(element, events, 'seek-help', ['accident'], 'en', 'doctor-today');
    expect(noneCheckbox(element).checked).to.equal(false);

    // "None of these" was cleared, not hidden: unticking the flag leaves no answer at all.
    await clickAt(labelOf(checkbox(element, 'accident')));
    await element.updateComplete;
    expect(element.answered).to.equal(false);
    expect(noneCheckbox(element).checked).to.equal(false);
    expect(card(element)).to.equal(null);
  });

  it('shows the concrete action with tel: links to the default numbers', async () => {
    const element = await checklist({ lang: 'nb' });
    const strings = await content('nb');
    await clickAt(labelOf(checkbox(element, 'urination')));
    await element.updateComplete;
    expect(text(query(element, '.action'))).to.equal(strings.tiers.emergency.action);
    const links = [...card(element)!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((link) =>
      link.getAttribute('href'),
    );
    expect(links).to.deep.equal(['tel:116117', 'tel:113']);
  });

  it('gives self-care advice, and links to the activity advice when advice-href is set', async () => {
    const element = await checklist({ lang: 'nn', adviceHref: '/aktivitet.html' });
    const strings = await content('nn');
    await clickAt(labelOf(noneCheckbox(element)));
    await element.updateComplete;
    const advice = [...card(element)!.querySelectorAll('.advice li')].map((item) => text(item));
    // The action says the first point; the list the rest.
    expect(advice).to.deep.equal(strings.selfCareSummary.slice(1));
    const link = query<HTMLAnchorElement>(element, 'a.advice-link');
    expect(link.getAttribute('href')).to.equal('/aktivitet.html');
    expect(text(link)).to.equal(strings.adviceLinkText);
  });

  it('leaves out an advice link that is not http(s) or relative, with one warning', async () => {
    const log = captureConsole();
    try {
      const element = await checklist({ adviceHref: 'javascript:alert(1)' });
      await clickAt(labelOf(noneCheckbox(element)));
      await element.updateComplete;
      element.requestUpdate();
      await element.updateComplete;
      expect(card(element)).to.exist;
      expect(maybe(element, 'a.advice-link')).to.equal(null);
      expect(log.warnings.filter((line) => line.includes('advice-href'))).to.have.length(1);
    } finally {
      log.restore();
    }
  });

  it('resets every answer and returns focus to the first question', async () => {
    const element = await checklist();
    const { events } = recorder;
    await clickAt(labelOf(checkbox(element, 'weight-loss')));
    await element.updateComplete;
    await clickAt(query(element, '[part~="reset"]'));
    await element.updateComplete;
    expect(element.triage).to.deep.equal({ tier: 'self-care', flags: [] });
    expect(element.answered).to.equal(false);
    expect(events.at(-1)).to.deep.equal({ tier: 'self-care', flags: [], answered: false });
    expect(card(element)).to.equal(null);
    expect(checkbox(element, 'weight-loss').checked).to.equal(false);
    expect(focused(element)).to.equal(checkbox(element, DEFAULT_FLAG_IDS[0]));
  });

  it('dispatches a bubbling, composed event the host page can hear', async () => {
    const element = await checklist();
    const heard = oneEvent(document.body, 'rygg-triage-change');
    await clickAt(labelOf(checkbox(element, 'fever')));
    const event = (await heard) as CustomEvent<TriageChangeDetail>;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.target).to.equal(element);
    expect(event.detail).to.deep.equal({ tier: 'seek-help', flags: ['fever'], answered: true });
  });
});

describe('<rygg-red-flag-checklist>: answering with the keyboard only', () => {
  it('reaches every tier with Tab and Space, and resets with the keyboard', async () => {
    const wrapper = await fixture(
      html`<div><button id="before">before</button><rygg-red-flag-checklist lang="en"></rygg-red-flag-checklist></div>`,
    );
    const element = wrapper.querySelector('rygg-red-flag-checklist') as RyggRedFlagChecklist;
    await element.updateComplete;
    const recorder = recordEvents();
    const { events } = recorder;
    try {
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      await press('Tab');
      expect(focused(element)).to.equal(checkbox(element, 'urination'));
      await press(' ');
      await expectAgreement(element, events, 'emergency', ['urination'], 'en');
      await press(' ');
      await element.updateComplete;
      expect(element.answered).to.equal(false);

      // Third question: the first seek-help one.
      await press('Tab', 2);
      expect(focused(element)).to.equal(checkbox(element, 'unsure'));
      await press(' ');
      await expectAgreement(element, events, 'seek-help', ['unsure'], 'en');

      // Back up to the emergency group.
      await sendKeys({ down: 'Shift' });
      await press('Tab');
      await sendKeys({ up: 'Shift' });
      expect(focused(element)).to.equal(checkbox(element, 'saddle-numbness'));
      await press(' ');
      await expectAgreement(element, events, 'emergency', ['saddle-numbness', 'unsure'], 'en');

      // The numbers to call follow the emergency signs at once.
      await press('Tab');
      expect(focused(element)?.closest('[part~="urgent-call"]')).to.not.equal(null);

      // On to "none of these", past the other call links and the remaining questions.
      const callLinks = root(element).querySelectorAll('[part~="urgent-call"] a').length;
      await press('Tab', callLinks + SEEK_HELP_FLAGS.length);
      expect(focused(element)).to.equal(noneCheckbox(element));
      await press(' ');
      await expectAgreement(element, events, 'self-care', [], 'en');

      // The reset button follows, then focus returns to the first question.
      await press('Tab');
      expect(focused(element)).to.equal(query(element, '[part~="reset"]'));
      await press(' ');
      await element.updateComplete;
      expect(element.answered).to.equal(false);
      expect(events.at(-1)).to.deep.equal({ tier: 'self-care', flags: [], answered: false });
      expect(focused(element)).to.equal(checkbox(element, 'urination'));
    } finally {
      recorder.stop();
    }
  });

  it('reaches the tel: links of the result with Tab', async () => {
    const element = await checklist({ lang: 'nb' });
    element.flags = ['urination'];
    await element.updateComplete;
    checkbox(element, 'accident').focus();
    await press('Tab', 2); // past "none of these" to the first link of the card
    const link = focused(element) as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('tel:116117');
  });
});

describe('<rygg-red-flag-checklist>: live region', () => {
  it('puts the emergency heading in the assertive region after an emergency flag is ticked', async () => {
    const element = await checklist({ lang: 'nb' });
    const strings = await content('nb');
    await clickAt(labelOf(checkbox(element, 'saddle-numbness')));
    await element.updateComplete;
    expect(text(liveRegion(element, 'assertive'))).to.contain(strings.tiers.emergency.heading);
    expect(text(liveRegion(element, 'polite'))).to.equal('');
  });

  it('announces other results politely, and only when the result changes', async () => {
    const element = await checklist({ lang: 'en' });
    const strings = await content('en');
    await clickAt(labelOf(checkbox(element, 'fever')));
    await element.updateComplete;
    expect(text(liveRegion(element, 'polite'))).to.contain(strings.routes['doctor-today'].heading);
    expect(text(liveRegion(element, 'assertive'))).to.equal('');
    await clickAt(labelOf(noneCheckbox(element)));
    await element.updateComplete;
    expect(text(liveRegion(element, 'polite'))).to.contain(strings.tiers['self-care'].heading);
  });
});

describe('<rygg-red-flag-checklist>: flags property', () => {
  it('ticks exactly the given flags, in rule order, firing one event per change of the result', async () => {
    const element = await checklist();
    const recorder = recordEvents();
    try {
      element.flags = ['fever', 'urination', 'fever'];
      await element.updateComplete;
      expect(element.flags).to.deep.equal(['urination', 'fever']);
      expect(element.triage).to.deep.equal({ tier: 'emergency', flags: ['urination', 'fever'] });
      expect(element.answered).to.equal(true);
      expect(checkbox(element, 'urination').checked).to.equal(true);
      expect(checkbox(element, 'fever').checked).to.equal(true);
      expect(shownTier(element)).to.equal('emergency');
      expect(recorder.events).to.deep.equal([{ tier: 'emergency', flags: ['urination', 'fever'], answered: true }]);
      element.flags = ['urination', 'fever'];
      await element.updateComplete;
      expect(recorder.events, 'the same state again fires nothing').to.have.length(1);
      element.flags = [];
      await element.updateComplete;
      expect(element.answered).to.equal(false);
      expect(card(element)).to.equal(null);
      expect(recorder.events).to.have.length(2);
      expect(recorder.events[1]).to.deep.equal({ tier: 'self-care', flags: [], answered: false });
    } finally {
      recorder.stop();
    }
  });

  it('ignores unknown ids with one console warning', async () => {
    const element = await checklist();
    const log = captureConsole();
    try {
      element.flags = ['fever', 'not-a-flag'];
      element.flags = ['fever', 'not-a-flag'];
      await element.updateComplete;
      expect(element.flags).to.deep.equal(['fever']);
      expect(shownTier(element)).to.equal('seek-help');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('"not-a-flag"').and.contain('[ryggrad]');
    } finally {
      log.restore();
    }
  });

  it('accepts flags set before the element is defined', async () => {
    const element = document.createElement('div').appendChild(document.createElement('rygg-red-flag-checklist-early'));
    (element as unknown as { flags: string[] }).flags = ['accident'];
    const { RyggRedFlagChecklist } = await import('../src/red-flag-checklist.js');
    RyggRedFlagChecklist.define('rygg-red-flag-checklist-early');
    const upgraded = element as unknown as RyggRedFlagChecklist;
    document.body.append(element);
    try {
      await upgraded.updateComplete;
      expect(upgraded.triage).to.deep.equal({ tier: 'seek-help', flags: ['accident'] });
    } finally {
      element.remove();
    }
  });
});

/** A UK-style rule set in English only, as a site outside Norway might supply. */
const UK_RULES = {
  id: 'uk-example',
  version: '2.0.0',
  date: '2024-03-01',
  source: 'Example cauda equina card (test data)',
  locales: ['en'],
  flags: [
    {
      id: 'bladder',
      tier: 'emergency',
      label: { en: 'Bladder label (test)' },
      clinician: { en: 'Bladder term (test)' },
    },
    { id: 'bowel', tier: 'emergency', label: { en: 'Bowel label (test)' } },
    { id: 'history', tier: 'seek-help', label: { en: 'History label (test)' } },
  ],
};

describe('<rygg-red-flag-checklist>: rules property', () => {
  it('shows a readable error for an invalid rule set, logs it once, and recovers with a valid set', async () => {
    const element = await checklist({ lang: 'en' });
    const log = captureConsole();
    try {
      expect(() => {
        element.rules = { ...UK_RULES, flags: [{ id: 'x', tier: 'urgent', label: { en: 'X' } }] } as unknown as RuleSet;
      }).not.to.throw();
      await element.updateComplete;
      const error = query(element, '[part~="error"]');
      expect(text(error)).to.contain('This box is set up incorrectly.').and.contain('rules.flags[0].tier');
      expect(maybe(element, '[part~="questions"]')).to.equal(null);
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.contain('rules.flags[0].tier');
      expect(element.toPlainText()).to.equal('');
      // The widget keeps its last valid rules.
      expect(element.rules).to.equal(DEFAULT_RULES);

      element.rules = UK_RULES as unknown as RuleSet;
      await element.updateComplete;
      expect(maybe(element, '[part~="error"]')).to.equal(null);
      expect(
        [...root(element).querySelectorAll<HTMLInputElement>('input[name^="flag-"]')].map((input) => input.value),
      ).to.deep.equal(['bladder', 'bowel', 'history']);

      element.rules = null;
      await element.updateComplete;
      expect(element.rules).to.equal(DEFAULT_RULES);
      expect(log.errors).to.have.length(1);
    } finally {
      log.restore();
    }
  });

  it('uses a custom rule set: its labels, tiers and source', async () => {
    const element = await checklist({ lang: 'en' });
    element.flags = ['fever'];
    element.rules = UK_RULES as unknown as RuleSet;
    await element.updateComplete;
    // Flags the new set does not know are dropped.
    expect(element.flags).to.deep.equal([]);
    expect(text(labelOf(checkbox(element, 'bladder')))).to.equal('Bladder label (test)');
    expect(text(query(element, '.source'))).to.contain('Example cauda equina card (test data)');
    await clickAt(labelOf(checkbox(element, 'history')));
    await element.updateComplete;
    expect(element.triage).to.deep.equal({ tier: 'seek-help', flags: ['history'] });
    await clickAt(labelOf(checkbox(element, 'bowel')));
    await element.updateComplete;
    expect(element.triage).to.deep.equal({ tier: 'emergency', flags: ['bowel', 'history'] });
    expect(shownTier(element)).to.equal('emergency');
    element.audience = 'clinician';
    await element.updateComplete;
    expect(text(labelOf(checkbox(element, 'bladder')))).to.equal('Bladder term (test)');
    // No clinician wording for this one: the patient wording stands in.
    expect(text(labelOf(checkbox(element, 'bowel')))).to.equal('Bowel label (test)');
  });

  it('applies flags set right after a new rule set against that set, and the last of two sets wins', async () => {
    const element = await checklist({ lang: 'en' });
    // A host page that configures everything in one go, without waiting.
    element.rules = { ...UK_RULES, id: 'first-set' } as unknown as RuleSet;
    element.rules = UK_RULES as unknown as RuleSet;
    element.flags = ['bladder', 'history'];
    await element.updateComplete;
    expect(element.rules.id).to.equal('uk-example');
    expect(element.flags).to.deep.equal(['bladder', 'history']);
    expect(element.triage).to.deep.equal({ tier: 'emergency', flags: ['bladder', 'history'] });
    expect(shownTier(element)).to.equal('emergency');
  });

  it("uses the set's first locale for its labels, with one warning, when it lacks the widget's", async () => {
    const log = captureConsole();
    try {
      const element = await checklist({ lang: 'nn' });
      element.rules = UK_RULES as unknown as RuleSet;
      await element.updateComplete;
      element.requestUpdate();
      await element.updateComplete;
      const label = labelOf(checkbox(element, 'bladder'));
      expect(text(label)).to.equal('Bladder label (test)');
      expect(label.getAttribute('lang')).to.equal('en');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('uk-example').and.contain('"nn"');
      // Everything else stays in nynorsk.
      const strings = await content('nn');
      expect(text(query(element, '[part~="questions"] > legend'))).to.equal(strings.legend);
    } finally {
      log.restore();
    }
  });
});

describe('<rygg-red-flag-checklist>: contacts property', () => {
  it('replaces the numbers and their labels; tel: links follow', async () => {
    const element = await checklist({ lang: 'en' });
    element.contacts = {
      emergency: [{ id: 'ambulance', label: 'Ambulance (test)', number: '999' }],
      'seek-help': [{ id: 'advice-line', label: 'Advice line (test)', number: '+44 111' }],
    };
    element.flags = ['saddle-numbness'];
    await element.updateComplete;
    let links = [...card(element)!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['tel:999']);
    // The built-in action names 116 117 and 113, which this site replaced: it is left out.
    expect(text(card(element)))
      .to.contain('Ambulance (test)')
      .and.not.contain('116 117');
    expect(maybe(element, '.action')).to.equal(null);
    element.flags = ['unsure'];
    await element.updateComplete;
    const strings = await content('en');
    expect(text(query(element, '.action'))).to.equal(strings.tiers['seek-help'].action);
    links = [...card(element)!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['tel:+44111']);
    expect(element.toPlainText()).to.contain('Advice line (test)').and.contain('+44 111');
    element.contacts = null;
    await element.updateComplete;
    expect(card(element)!.querySelector('a[href^="tel:"]')).to.equal(null); // the GP has no number
    expect(element.contacts).to.deep.equal(strings.contacts);
  });

  it('shows a configuration error for invalid contacts and recovers', async () => {
    const element = await checklist({ lang: 'nb' });
    const log = captureConsole();
    try {
      element.contacts = { emergency: [], 'seek-help': [] };
      await element.updateComplete;
      expect(text(query(element, '[part~="error"]'))).to.contain('contacts.emergency');
      expect(log.errors).to.have.length(1);
      element.contacts = { emergency: [{ id: 'a', label: 'A', number: '112' }], 'seek-help': [] };
      await element.updateComplete;
      expect(maybe(element, '[part~="error"]')).to.equal(null);
    } finally {
      log.restore();
    }
  });
});

describe('<rygg-red-flag-checklist>: audience', () => {
  it('uses professional wording, a compact layout and shows each question’s source for clinicians', async () => {
    const element = await checklist({ lang: 'nb', audience: 'clinician' });
    const strings = await content('nb');
    expect(query(element, '[part~="base"]').classList.contains('audience-clinician')).to.equal(true);
    expect(text(labelOf(checkbox(element, 'urination')))).to.equal(strings.clinician!.flags.urination);
    expect(text(query(element, '[part~="questions"] > legend'))).to.equal(strings.clinician!.legend);
    expect(text(labelOf(noneCheckbox(element)))).to.equal(strings.clinician!.noneOfThese);
    expect(maybe(element, '.intro')).to.equal(null);
    const row = checkbox(element, 'urination').closest('li')!;
    expect(text(row.querySelector('.question-source'))).to.equal(`${strings.common.source.section} 6`);
    element.flags = ['urination'];
    await element.updateComplete;
    expect(text(query(element, '.card-heading'))).to.contain(strings.clinician!.tiers.emergency.heading);
    expect(text(query(element, '.action'))).to.equal(strings.clinician!.tiers.emergency.action);
  });
});

describe('<rygg-red-flag-checklist>: toPlainText()', () => {
  const date = new Date(2026, 10, 26);
  for (const locale of LOCALE_LIST) {
    for (const audience of ['patient', 'clinician'] as const) {
      it(`writes a dated summary in ${locale} for the ${audience}`, async () => {
        const element = await checklist({ lang: locale, audience });
        const strings = await content(locale);
        const label = (id: string) =>
          audience === 'clinician' ? strings.clinician!.flags[id as 'fever'] : strings.flags[id as 'fever'].label;

        const before = element.toPlainText(date);
        expect(before.split('\n')[0]).to.contain(
          audience === 'clinician' ? strings.clinician!.plainTextTitle : strings.ui.plainTextTitle,
        );
        expect(before).to.contain(strings.ui.plainTextNotAnswered);
        for (const id of DEFAULT_FLAG_IDS) expect(before).to.contain(label(id));
        expect(before).to.contain(plainDate(date, locale));
        expect(before).not.to.contain(strings.tiers['self-care'].heading);
        expect(before).not.to.contain(strings.clinician!.tiers.emergency.heading);

        element.flags = ['weakness', 'saddle-numbness'];
        await element.updateComplete;
        const after = element.toPlainText(date);
        const lines = after.split('\n');
        for (const id of DEFAULT_FLAG_IDS) {
          const line = lines.find((candidate) => candidate.includes(label(id)));
          expect(line, `${id} in\n${after}`).to.exist;
          const answer = id === 'weakness' || id === 'saddle-numbness' ? strings.ui.answerYes : strings.ui.answerNo;
          expect(line!.trimEnd().endsWith(answer), `${line} ends with ${answer}`).to.equal(true);
        }
        const tier = audience === 'clinician' ? strings.clinician!.tiers.emergency : strings.tiers.emergency;
        expect(after).to.contain(tier.heading);
        expect(after).to.contain(tier.action);
        expect(after).to.contain('116 117').and.contain('113');
        expect(after).to.contain(sourceLine(strings.common, [6]));
        expect(after).to.contain('FORMI').and.contain('2007');
        expect(after).to.contain(plainDate(date, locale));
      });
    }
  }

  it('writes "none of these" and the self-care advice', async () => {
    const element = await checklist({ lang: 'en' });
    const strings = await content('en');
    await clickAt(labelOf(noneCheckbox(element)));
    await element.updateComplete;
    const summary = element.toPlainText();
    expect(summary).to.contain(strings.ui.plainTextNone);
    expect(summary).to.contain(strings.tiers['self-care'].heading);
    for (const point of strings.selfCareSummary) expect(summary).to.contain(point);
  });
});

describe('<rygg-red-flag-checklist>: accessibility', () => {
  const states: { name: string; flags?: string[]; none?: boolean }[] = [
    { name: 'before an answer' },
    { name: 'emergency', flags: ['urination'] },
    { name: 'seek-help', flags: ['fever', 'weakness'] },
    { name: 'self-care', none: true },
  ];
  for (const locale of LOCALE_LIST) {
    for (const audience of ['patient', 'clinician']) {
      it(`is axe clean (WCAG 2.2 AA) in ${locale} for the ${audience}, before and after each tier`, async () => {
        const element = await checklist({ lang: locale, audience, adviceHref: '/advice.html' });
        for (const state of states) {
          if (state.none) {
            await clickAt(labelOf(noneCheckbox(element)));
          } else {
            element.flags = state.flags ?? [];
          }
          await element.updateComplete;
          expect(shownTier(element)).to.equal(state.name === 'before an answer' ? undefined : state.name);
          await expectAxeClean(element, `${locale}/${audience}/${state.name}`);
        }
      });
    }
  }

  it('is axe clean in the dark theme with every card', async () => {
    const element = await checklist({ lang: 'nb', theme: 'dark' });
    for (const flags of [['urination'], ['fever']]) {
      element.flags = flags;
      await element.updateComplete;
      await expectAxeClean(element, `dark/${flags.join(',')}`);
    }
    await clickAt(labelOf(noneCheckbox(element)));
    await element.updateComplete;
    await expectAxeClean(element, 'dark/self-care');
  });

  it('names the level of each result in its heading for screen readers', async () => {
    const element = await checklist({ lang: 'en' });
    const strings = await content('en');
    element.flags = ['urination'];
    await element.updateComplete;
    const heading = query(element, '.card-heading');
    expect(heading.localName).to.equal('h3');
    const hidden = heading.querySelector('.visually-hidden');
    expect(text(hidden)).to.contain(strings.tiers.emergency.levelText);
    expect(getComputedStyle(hidden!).position).to.equal('absolute');
  });
});

describe('<rygg-red-flag-checklist>: privacy', () => {
  it('stores nothing and sends nothing during a full run', async () => {
    const before = await storageSnapshot();
    const requests: string[] = [];
    const originalFetch = window.fetch;
    const originalBeacon = navigator.sendBeacon;
    const originalOpen = XMLHttpRequest.prototype.open;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(input instanceof Request ? input.url : String(input));
      return originalFetch(input, init);
    };
    navigator.sendBeacon = (url: string | URL) => {
      requests.push(String(url));
      return false;
    };
    XMLHttpRequest.prototype.open = function open(this: XMLHttpRequest, method: string, url: string | URL) {
      requests.push(String(url));
      originalOpen.call(this, method, url, true);
    };
    const resourcesBefore = performance.getEntriesByType('resource').length;
    try {
      const element = await checklist({ lang: 'nn', adviceHref: '/aktivitet' });
      for (const id of ['urination', 'fever', 'urination']) await clickAt(labelOf(checkbox(element, id)));
      await clickAt(labelOf(noneCheckbox(element)));
      element.flags = ['accident'];
      element.audience = 'clinician';
      await element.updateComplete;
      element.toPlainText();
      await clickAt(query(element, '[part~="reset"]'));
      await element.updateComplete;
    } finally {
      window.fetch = originalFetch;
      navigator.sendBeacon = originalBeacon;
      XMLHttpRequest.prototype.open = originalOpen;
    }
    expect(await storageSnapshot()).to.deep.equal(before);
    expect(requests).to.deep.equal([]);
    // Whatever was loaded (the lazy nynorsk content) came from this page's own server.
    const foreign = performance
      .getEntriesByType('resource')
      .slice(resourcesBefore)
      .filter((entry) => new URL(entry.name).origin !== location.origin);
    expect(foreign.map((entry) => entry.name)).to.deep.equal([]);
  });
});

describe('<rygg-red-flag-checklist>: layout, themes, print', () => {
  it('fits a 280 px wide phone without horizontal scrolling', async () => {
    const element = await inColumn(280, 'nb', ['urination']);
    const base = query(element, '[part~="base"]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    const right = base.getBoundingClientRect().right;
    for (const node of root(element).querySelectorAll('label, .tel, .card-heading, [part~="reset"]')) {
      expect(node.getBoundingClientRect().right, text(node)).to.be.at.most(right + 0.5);
    }
  });

  it('puts the result beside the questions in a wide column', async () => {
    const element = await inColumn(960, 'en', ['fever']);
    const questions = query(element, '[part~="questions"]').getBoundingClientRect();
    const result = query(element, '[part~="result"]').getBoundingClientRect();
    expect(result.left).to.be.at.least(questions.right);
    const small = await inColumn(400, 'en', ['fever']);
    expect(query(small, '[part~="result"]').getBoundingClientRect().top).to.be.at.least(
      query(small, '[part~="questions"]').getBoundingClientRect().bottom,
    );
  });

  it('reads its colours from the checklist tokens, falling back to the theme', async () => {
    const element = await checklist({ lang: 'nb' });
    element.style.setProperty('--rygg-checklist-emergency-color', 'rgb(120, 0, 60)');
    element.flags = ['urination'];
    await element.updateComplete;
    expect(getComputedStyle(card(element)!).backgroundColor).to.equal('rgb(120, 0, 60)');
    element.flags = ['fever'];
    element.style.setProperty('--rygg-color-warning', 'rgb(90, 60, 0)');
    await element.updateComplete;
    expect(getComputedStyle(card(element)!).borderTopColor).to.equal('rgb(90, 60, 0)');
  });

  it('keeps the emergency card distinct in forced colours (border and icon, not colour)', async () => {
    const element = await checklist({ lang: 'en' });
    element.flags = ['urination'];
    await element.updateComplete;
    expect(card(element)!.querySelector('svg.icon')).to.exist;
    await underMedia(element, 'forced-colors', async () => {
      const emergency = getComputedStyle(card(element)!);
      expect(emergency.borderTopStyle).to.equal('double');
      const emergencyWidth = parseFloat(emergency.borderTopWidth);
      element.flags = ['fever'];
      await element.updateComplete;
      expect(emergencyWidth).to.be.greaterThan(parseFloat(getComputedStyle(card(element)!).borderTopWidth));
    });
  });

  it('prints black on white with written answers and without the reset button', async () => {
    const element = await checklist({ lang: 'nb' });
    const strings = await content('nb');
    element.flags = ['urination'];
    await element.updateComplete;
    const answer = checkbox(element, 'urination').parentElement!.querySelector<HTMLElement>('.print-answer')!;
    expect(text(answer)).to.contain(strings.ui.answerYes);
    expect(text(checkbox(element, 'fever').parentElement!.querySelector('.print-answer'))).to.contain(
      strings.ui.answerNo,
    );
    // On screen the checkboxes speak for themselves.
    expect(getComputedStyle(answer).display).to.equal('none');
    await underMedia(element, 'print', () => {
      expect(getComputedStyle(query(element, '[part~="reset"]')).display).to.equal('none');
      expect(getComputedStyle(checkbox(element, 'urination')).display).to.equal('none');
      expect(getComputedStyle(answer).display).not.to.equal('none');
      const printed = getComputedStyle(card(element)!);
      expect(printed.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(printed.color).to.equal('rgb(0, 0, 0)');
      expect(text(query(element, '.source'))).to.contain('FORMI');
    });
  });
});

describeWidgetConformance<RyggRedFlagChecklist>({
  tag: 'rygg-red-flag-checklist',
  locales: LOCALE_LIST,
  fallbacks: [
    {
      title: 'an unknown audience, giving the patient wording',
      attributes: { audience: 'doctor' },
      words: ['"doctor"'],
      check(element) {
        expect(text(labelOf(checkbox(element, 'fever')))).to.equal('Do you have a fever?');
        expect(query(element, '[part~="base"]').classList.contains('audience-patient')).to.equal(true);
      },
    },
  ],
  englishTitle: 'When should you seek help?',
});
