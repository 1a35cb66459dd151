// The care options in forced colours, light and dark palettes: the key messages stand out from
// the introduction and the options without the theme's colours.
import { fixture, html } from '@open-wc/testing';
import { inShadow, itShowsStatesInForcedColours } from '@ryggrad/testing';
import '../src/define.js';
import type { RyggCareOptions } from '../src/care-options.js';

describe('<rygg-care-options> in forced colours', () => {
  itShowsStatesInForcedColours('sets the key messages apart from the text around them', async () => {
    const element = await fixture<RyggCareOptions>(
      html`<rygg-care-options lang="en" theme="light"></rygg-care-options>`,
    );
    await element.updateComplete;
    const key = inShadow(element, '[part~="key-messages"]');
    return [
      ['the key messages beside the introduction', inShadow(element, '.intro p'), key],
      ['the key messages beside an option', inShadow(element, '.leaflet-section li'), key],
    ];
  });
});
