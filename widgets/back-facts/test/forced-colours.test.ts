// The back facts in forced colours, light and dark palettes: the chart's bars stand out from their
// empty tracks, and the uncertain part of a range from the certain part.
import { fixture, html } from '@open-wc/testing';
import { inShadow, itShowsStatesInForcedColours } from '@ryggrad/testing';
import '../src/define.js';
import type { RyggBackFacts } from '../src/back-facts.js';

describe('<rygg-back-facts> in forced colours', () => {
  itShowsStatesInForcedColours('tells bar, range band and empty track apart', async () => {
    const element = await fixture<RyggBackFacts>(html`<rygg-back-facts lang="en" theme="light"></rygg-back-facts>`);
    await element.updateComplete;
    const [track, solid, band] = ['track-bg', 'solid', 'band'].map((name) => inShadow(element, `.shares .${name}`));
    return [
      ['a bar on its track', track!, solid!],
      ['a range band on its track', track!, band!],
      ['a range band beside its bar', solid!, band!],
    ];
  });
});
