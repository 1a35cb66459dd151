// The checklist on a phone (360×740): the numbers to call appear where the reader ticked an
// emergency sign, inside the viewport, and the live region says what to do and which numbers.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import { DEFAULT_RULES } from '@ryggrad/content';
import type { Locale } from '@ryggrad/content';
import '../src/define.js';
import type { RyggRedFlagChecklist } from '../src/red-flag-checklist.js';
import {
  LOCALE_LIST,
  checkbox,
  clickAt,
  content,
  focused,
  labelOf,
  liveRegion,
  maybe,
  noneCheckbox,
  root,
  text,
} from './helpers.js';

const EMERGENCY_FLAGS = DEFAULT_RULES.flags.filter((flag) => flag.tier === 'emergency').map((flag) => flag.id);

/** The checklist as the first thing on a phone page, below a page heading. */
async function onPhone(locale: Locale): Promise<RyggRedFlagChecklist> {
  await setViewport({ width: 360, height: 740 });
  window.scrollTo(0, 0);
  const wrapper = await fixture<HTMLElement>(
    html`<main style="margin: 0; padding: 8px">
      <h1 style="margin: 0 0 8px">Back pain</h1>
      <rygg-red-flag-checklist lang=${locale} theme="light"></rygg-red-flag-checklist>
    </main>`,
  );
  const element = wrapper.querySelector<RyggRedFlagChecklist>('rygg-red-flag-checklist')!;
  await element.updateComplete;
  return element;
}

function inViewport(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
}

describe('<rygg-red-flag-checklist> at 360×740', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const locale of LOCALE_LIST) {
    for (const flag of EMERGENCY_FLAGS) {
      it(`shows a call link in view, without the reader scrolling, after "${flag}" is ticked (${locale})`, async () => {
        const element = await onPhone(locale);
        const box = checkbox(element, flag);
        // The emergency signs are in view as the page opens; the reader taps the box where it is.
        expect(inViewport(box), 'the sign is in view before it is ticked').to.equal(true);
        const where = box.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(where.left + 4), Math.round(where.top + 4)] });
        await resetMouse();
        await element.updateComplete;
        expect(box.checked).to.equal(true);
        const links = [...root(element).querySelectorAll<HTMLAnchorElement>('[part~="urgent-call"] a[href^="tel:"]')];
        const strings = await content(locale);
        expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(
          strings.contacts.emergency.flatMap((contact) =>
            contact.number ? [`tel:${contact.number.replace(/\s/g, '')}`] : [],
          ),
        );
        // At most a nudge: the numbers come into view without the reader scrolling.
        expect(window.scrollY, 'scrolled by').to.be.lessThan(60);
        for (const link of links) expect(inViewport(link), text(link)).to.equal(true);
        expect(inViewport(box), 'the box just ticked stays in view').to.equal(true);
        // Next to the emergency group: inside its fieldset, focus left on the box just ticked.
        expect(links[0]!.closest('fieldset')?.classList.contains('group-emergency')).to.equal(true);
        expect(focused(element)).to.equal(box);
      });
    }
  }

  it('announces what to do and every number, each number once', async () => {
    const element = await onPhone('en');
    await clickAt(labelOf(checkbox(element, 'urination')));
    await element.updateComplete;
    const strings = await content('en');
    const said = text(liveRegion(element, 'assertive'));
    expect(said).to.contain(strings.tiers.emergency.heading).and.contain(strings.tiers.emergency.action);
    for (const contact of strings.contacts.emergency) {
      const number = contact.number!;
      expect(said.split(number).length - 1, `${number} in "${said}"`).to.equal(1);
    }
  });

  it('keeps the full result card where it was and removes the call box when the sign is unticked', async () => {
    const element = await onPhone('nb');
    await clickAt(labelOf(checkbox(element, 'saddle-numbness')));
    await element.updateComplete;
    const card = maybe(element, '[part~="card"]')!;
    expect(card.dataset.tier).to.equal('emergency');
    expect(card.closest('fieldset'), 'the card stays outside the questions').to.equal(null);
    await clickAt(labelOf(checkbox(element, 'saddle-numbness')));
    await element.updateComplete;
    expect(maybe(element, '[part~="urgent-call"]')).to.equal(null);
  });

  it('says each number once per contact row on the card', async () => {
    const element = await onPhone('en');
    element.flags = ['urination'];
    await element.updateComplete;
    const rows = [...root(element).querySelectorAll('[part~="card"] .contact')];
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) {
      const number = /\d[\d ]*\d/.exec(text(row.querySelector('.tel')))?.[0];
      expect(number, text(row)).to.be.a('string');
      expect(text(row).split(number!).length - 1, text(row)).to.equal(1);
    }
  });

  it('lines the call buttons up: side by side under the signs, under each other on the card', async () => {
    const element = await onPhone('en');
    element.flags = ['urination'];
    await element.updateComplete;
    const edges = (part: string, edge: 'top' | 'left') =>
      [...root(element).querySelectorAll(`[part~="${part}"] .tel`)].map((link) =>
        Math.round(link.getBoundingClientRect()[edge]),
      );
    for (const [part, edge] of [
      ['urgent-call', 'top'],
      ['card', 'left'],
    ] as const) {
      const found = edges(part, edge);
      expect(found.length, part).to.be.greaterThan(1);
      expect(new Set(found).size, `${part} ${edge}: ${found.join(', ')}`).to.equal(1);
    }
  });

  it('says each self-care point once on the self-care card', async () => {
    const element = await onPhone('en');
    await clickAt(labelOf(noneCheckbox(element)));
    await element.updateComplete;
    const card = text(maybe(element, '[part~="card"]'));
    const strings = await content('en');
    for (const point of strings.selfCareSummary) expect(card.split(point).length - 1, point).to.equal(1);
  });
});
