// The result's code (result-view.ts) is not part of the first paint: it loads on the first sign of
// intent or with the first answer, and an answer given before it arrived is shown, announced and
// reported all the same. The first test must stay first: it needs a page that has not loaded it.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { RyggRedFlagChecklist, TriageChangeDetail } from '../src/red-flag-checklist.js';
import { card, checkbox, query, shownTier, text } from './helpers.js';

const resultCodeRequested = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/result-view.'));

async function checklist(): Promise<RyggRedFlagChecklist> {
  const element = await fixture<RyggRedFlagChecklist>(
    html`<rygg-red-flag-checklist lang="en"></rygg-red-flag-checklist>`,
  );
  await element.updateComplete;
  return element;
}

describe('<rygg-red-flag-checklist> result code on demand', () => {
  it('shows the questions without loading the result code, and loads it when the reader points at them', async () => {
    const element = await checklist();
    expect(query(element, '.placeholder')).to.exist;
    expect(resultCodeRequested(), 'before any sign of intent').to.equal(false);
    const cardRules = () =>
      element
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule.cssText.startsWith('.card-heading-box'));
    expect(cardRules(), 'the card’s rules before its code').to.have.length(0);
    checkbox(element, 'fever').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(resultCodeRequested(), 'after pointing at a question').to.equal(true);
    expect(cardRules(), 'the card’s rules once its code is here').to.have.length(1);
    checkbox(element, 'fever').click();
    await element.updateComplete;
    // The adopted rules apply: the card's heading box is a flex row with its padding.
    const box = getComputedStyle(query(element, '.card-heading-box'));
    expect([box.display, box.paddingTop]).to.deep.equal(['flex', '10px']);
  });

  it('shows, announces and reports an answer given before the result code arrived', async () => {
    const element = await checklist();
    const changed = oneEvent(element, 'rygg-triage-change');
    // A click without pointer or focus events (as assistive technology may send): no intent first.
    checkbox(element, 'saddle-numbness').click();
    expect(element.toPlainText(), 'no summary without its result').to.equal('');
    const { detail } = (await changed) as CustomEvent<TriageChangeDetail>;
    expect(detail).to.deep.equal({ tier: 'emergency', flags: ['saddle-numbness'], answered: true });
    expect(shownTier(element), 'the card is shown when the event fires').to.equal('emergency');
    await element.updateComplete;
    expect(text(query(element, '[data-politeness="assertive"]'))).to.contain(
      text(card(element)?.querySelector('h3') ?? null),
    );
    expect(query(element, '[part~="urgent-call"]')).to.exist;
    expect(element.toPlainText()).to.contain('113');
  });

  it('shows the card in the update after the answer once the code is loaded', async () => {
    const element = await checklist();
    query(element, '.layout').dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await element.updateComplete;
    checkbox(element, 'fever').click();
    // Only the element's own render, no import in between.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(shownTier(element)).to.equal('seek-help');
    expect(text(query(element, '[data-politeness="polite"]'))).to.not.equal('');
  });
});
