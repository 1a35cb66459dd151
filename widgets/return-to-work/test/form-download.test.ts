// Its own test file, so its page has not loaded the form's code before the test looks:
// web-test-runner opens a page per file and serves every module as its own request.
import { expect, fixture, html } from '@open-wc/testing';
import { loadTopic } from '@ryggrad/content';
import '../src/define.js';
import type { RyggReturnToWork } from '../src/define.js';

function requested(path: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(path));
}

/** Whether the page has requested the checklist form's module (src/form-view.ts). */
function formRequested(): boolean {
  return requested('/widgets/return-to-work/src/form-view.ts');
}

describe('<rygg-return-to-work>: the checklist form’s code', () => {
  it('is not downloaded while the advice is shown without the checklist, and is once the checklist is shown', async () => {
    const content = await loadTopic('work', 'nb');
    // The element's own helpers are requested the same way, so the check can see modules at all.
    expect(requested('/widgets/return-to-work/src/checklist.ts')).to.equal(true);

    const element = await fixture<RyggReturnToWork>(html`<rygg-return-to-work lang="nb"></rygg-return-to-work>`);
    await element.updateComplete;
    // What a page without the checklist does: read the advice, switch audience and language, copy the text.
    element.audience = 'clinician';
    element.lang = 'en';
    await element.updateComplete;
    element.lang = 'nb';
    await element.updateComplete;
    expect(element.toPlainText()).to.contain(content.ui.clinicianHeading);
    expect(element.shadowRoot!.querySelector('[part~="checklist"]')).to.equal(null);
    expect(formRequested(), 'requested while the checklist was not shown').to.equal(false);
    // The form's rules come with its code, so a page without the checklist does not carry them.
    const rules = () => element.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    expect(rules().some((rule) => rule.cssText.startsWith('.field-error'))).to.equal(false);

    element.checklist = true;
    // The plain text does not wait for the form's code.
    const early = element.toPlainText();
    await element.updateComplete;
    expect(formRequested(), 'requested once the checklist is shown').to.equal(true);
    expect(
      element.shadowRoot!.querySelectorAll('[part~="checklist"] form textarea, [part~="checklist"] form input'),
    ).to.have.length(5);
    expect(rules().some((rule) => rule.cssText.startsWith('.field-error'))).to.equal(true);
    const print = element.shadowRoot!.querySelector('button.print');
    if (!print) throw new Error('no print button');
    expect(getComputedStyle(print).minHeight, 'a large target').to.equal('44px');
    expect(element.toPlainText()).to.equal(early);
  });
});
