// The care options in forced colours, light and dark palettes: the key messages stand out from
// the introduction and the options without the theme's colours.
import { fixture, html } from '@open-wc/testing';
import { FORCED_PALETTES, emulateForcedColours, expectVisiblyDifferent, resetMedia } from '@ryggrad/testing';
import '../src/define.js';
import type { RyggCareOptions } from '../src/care-options.js';

describe('<rygg-care-options> in forced colours', () => {
  afterEach(resetMedia);

  for (const palette of FORCED_PALETTES) {
    it(`sets the key messages apart from the text around them (${palette} palette)`, async function () {
      const element = await fixture<RyggCareOptions>(
        html`<rygg-care-options lang="en" theme="light"></rygg-care-options>`,
      );
      await element.updateComplete;
      if (!(await emulateForcedColours(palette))) this.skip();
      const [key, intro, option] = ['[part~="key-messages"]', '.intro p', '.leaflet-section li'].map((selector) =>
        element.shadowRoot?.querySelector(selector),
      );
      expectVisiblyDifferent(intro!, key!, 'the key messages beside the introduction');
      expectVisiblyDifferent(option!, key!, 'the key messages beside an option');
    });
  }
});
