// The advice for long-lasting pain is a chunk of its own: a page with the acute advice never
// downloads it, and switching the variant loads and shows it. Its own test file, so no other test
// has loaded the module into this page before.
import { expect, fixture, html } from '@open-wc/testing';
import { loadActivity, loadActivityLongLasting } from '@ryggrad/content';
import '../src/define.js';
import type { RyggActivityAdvice } from '../src/activity-advice.js';

/** Module URLs of the long-lasting advice this page has requested so far. */
function longLastingRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('activity-long-lasting'));
}

const itemTexts = (element: RyggActivityAdvice) =>
  [...(element.shadowRoot?.querySelectorAll('[data-item]') ?? [])].map((item) => item.textContent.trim());

describe('<rygg-activity-advice>: advice for long-lasting pain on demand', () => {
  it('does not download it for the acute advice, and loads and shows it when the variant changes', async () => {
    const element = await fixture<RyggActivityAdvice>(html`<rygg-activity-advice lang="en"></rygg-activity-advice>`);
    await element.updateComplete;
    const acute = await loadActivity('en');
    expect(itemTexts(element)).to.include(acute.acute[0]!.text);
    expect(longLastingRequests()).to.deep.equal([]);

    element.variant = 'long-lasting';
    await element.updateComplete;
    const longLasting = await loadActivityLongLasting('en');
    expect(longLastingRequests().some((url) => url.includes('/en/'))).to.equal(true);
    expect(itemTexts(element)).to.deep.equal(
      [...longLasting.longLasting, ...longLasting.prevention].map((item) => item.text),
    );
    expect(element.toPlainText()).to.contain(longLasting.prevention[0]!.text);
  });

  it('renders the long-lasting advice of a new language after updateComplete', async () => {
    const element = await fixture<RyggActivityAdvice>(
      html`<rygg-activity-advice lang="en" variant="long-lasting"></rygg-activity-advice>`,
    );
    await element.updateComplete;
    element.lang = 'nn';
    await element.updateComplete;
    const longLasting = await loadActivityLongLasting('nn');
    expect(itemTexts(element)[0]).to.equal(longLasting.longLasting[0]!.text);
  });
});
