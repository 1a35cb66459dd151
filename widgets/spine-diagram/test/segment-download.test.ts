// Its own test file, so its page has not loaded the close-up's code before the test looks:
// web-test-runner opens a page per file and serves every module as its own request.
import { expect, fixture, html } from '@open-wc/testing';
import { loadTopic } from '@ryggrad/content';
import '../src/define.js';
import type { RyggSpineDiagram } from '../src/define.js';

/** Whether the page has requested the close-up's module (src/segment-view.ts). */
function closeUpRequested(): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.endsWith('/widgets/spine-diagram/src/segment-view.ts'));
}

function shadow(element: RyggSpineDiagram): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

describe('<rygg-spine-diagram>: the close-up’s code', () => {
  it('is not downloaded while only the spine view is shown, and is once the close-up is shown', async () => {
    const content = await loadTopic('anatomy', 'nb');
    // The module the element draws the spine with is requested the same way, so the check can see modules at all.
    expect(
      performance
        .getEntriesByType('resource')
        .some((entry) => entry.name.includes('/widgets/spine-diagram/src/geometry.ts')),
    ).to.equal(true);

    const element = await fixture<RyggSpineDiagram>(html`<rygg-spine-diagram lang="nb"></rygg-spine-diagram>`);
    await element.updateComplete;
    // Everything a reader of the spine view can do: choose, step, change the condition, read the text.
    shadow(element)
      .querySelector<SVGElement>('[data-key="disc:L4-L5"]')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    shadow(element).querySelector<HTMLButtonElement>('.stepper button')?.click();
    element.condition = 'prolapse';
    shadow(element).querySelector<HTMLButtonElement>('.toggle')?.click();
    await element.updateComplete;
    expect(element.toPlainText()).to.contain(content.ui.views.spine);
    expect(closeUpRequested(), 'requested while only the spine was shown').to.equal(false);
    // The close-up's rules come with its code, so the spine view's page does not carry them.
    const rules = () => shadow(element).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    expect(rules().some((rule) => rule.cssText.startsWith('.leader'))).to.equal(false);

    element.view = 'segment';
    // The plain text does not wait for the drawing's code.
    const early = element.toPlainText();
    await element.updateComplete;
    expect(closeUpRequested(), 'requested once the close-up is shown').to.equal(true);
    expect(shadow(element).querySelectorAll('[data-structure="vertebra"]')).to.have.length(2);
    expect(rules().some((rule) => rule.cssText.startsWith('.leader'))).to.equal(true);
    const leader = shadow(element).querySelector('.leader');
    if (!leader) throw new Error('no leader line');
    expect(getComputedStyle(leader).fill, 'a leader line is a line, not a filled shape').to.equal('none');
    expect(early).to.contain(content.ui.views.segment);
    expect(element.toPlainText()).to.equal(early);
  });
});
