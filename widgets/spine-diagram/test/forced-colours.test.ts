// The spine diagram in forced colours, light and dark palettes: a highlighted part, the chosen
// part and the view shown stand out from the plain ones without the theme's colours.
import { fixture, html } from '@open-wc/testing';
import { FORCED_PALETTES, emulateForcedColours, expectVisiblyDifferent, resetMedia } from '@ryggrad/testing';
import '../src/define.js';
import type { RyggSpineDiagram } from '../src/spine-diagram.js';

function one(element: RyggSpineDiagram, selector: string): Element {
  const found = element.shadowRoot?.querySelector(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

describe('<rygg-spine-diagram> in forced colours', () => {
  afterEach(resetMedia);

  for (const palette of FORCED_PALETTES) {
    it(`sets a highlighted part, the chosen part and the view shown apart (${palette} palette)`, async function () {
      const element = await fixture<RyggSpineDiagram>(
        html`<rygg-spine-diagram lang="en" theme="light" highlight="L4"></rygg-spine-diagram>`,
      );
      await element.updateComplete;
      one(element, '[data-key="vertebra:L2"]').dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true }),
      );
      await element.updateComplete;
      if (!(await emulateForcedColours(palette))) this.skip();
      const plain = one(element, '[data-key="vertebra:L3"] .bone');
      expectVisiblyDifferent(plain, one(element, '[data-key="vertebra:L4"] .bone'), 'the highlighted L4');
      expectVisiblyDifferent(plain, one(element, '[data-key="vertebra:L2"] .bone'), 'the chosen L2');
      expectVisiblyDifferent(
        one(element, '.view-switch [aria-pressed="false"]'),
        one(element, '.view-switch [aria-pressed="true"]'),
        'the view shown',
      );
    });
  }
});
