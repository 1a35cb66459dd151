// The back facts in forced colours, light and dark palettes: the chart's bars stand out from their
// empty tracks, and the uncertain part of a range from the certain part.
import { fixture, html } from '@open-wc/testing';
import { FORCED_PALETTES, emulateForcedColours, expectVisiblyDifferent, resetMedia } from '@ryggrad/testing';
import '../src/define.js';
import type { RyggBackFacts } from '../src/back-facts.js';

describe('<rygg-back-facts> in forced colours', () => {
  afterEach(resetMedia);

  for (const palette of FORCED_PALETTES) {
    it(`tells bar, range band and empty track apart (${palette} palette)`, async function () {
      const element = await fixture<RyggBackFacts>(html`<rygg-back-facts lang="en" theme="light"></rygg-back-facts>`);
      await element.updateComplete;
      if (!(await emulateForcedColours(palette))) this.skip();
      const [track, solid, band] = ['.shares .track-bg', '.shares .solid', '.shares .band'].map((selector) =>
        element.shadowRoot?.querySelector(selector),
      );
      expectVisiblyDifferent(track!, solid!, 'a bar on its track');
      expectVisiblyDifferent(track!, band!, 'a range band on its track');
      expectVisiblyDifferent(solid!, band!, 'a range band beside its bar');
    });
  }
});
