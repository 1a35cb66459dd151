// The activity advice in forced colours, light and dark palettes: the key message stands out from
// the advice around it without the theme's colours.
import { fixture, html } from '@open-wc/testing';
import { FORCED_PALETTES, emulateForcedColours, expectVisiblyDifferent, resetMedia } from '@ryggrad/testing';
import '../src/define.js';
import type { RyggActivityAdvice } from '../src/activity-advice.js';

describe('<rygg-activity-advice> in forced colours', () => {
  afterEach(resetMedia);

  for (const palette of FORCED_PALETTES) {
    it(`sets the key message apart from the advice (${palette} palette)`, async function () {
      const element = await fixture<RyggActivityAdvice>(
        html`<rygg-activity-advice lang="en" theme="light"></rygg-activity-advice>`,
      );
      await element.updateComplete;
      if (!(await emulateForcedColours(palette))) this.skip();
      const [key, point] = ['.key-message', '.leaflet-section li'].map((selector) =>
        element.shadowRoot?.querySelector(selector),
      );
      expectVisiblyDifferent(point!, key!, 'the key message');
    });
  }
});
