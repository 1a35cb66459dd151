// The activity advice in forced colours, light and dark palettes: the key message stands out from
// the advice around it without the theme's colours.
import { fixture, html } from '@open-wc/testing';
import { inShadow, itShowsStatesInForcedColours } from '@ryggrad/testing';
import '../src/define.js';
import type { RyggActivityAdvice } from '../src/activity-advice.js';

describe('<rygg-activity-advice> in forced colours', () => {
  itShowsStatesInForcedColours('sets the key message apart from the advice', async () => {
    const element = await fixture<RyggActivityAdvice>(
      html`<rygg-activity-advice lang="en" theme="light"></rygg-activity-advice>`,
    );
    await element.updateComplete;
    return [['the key message', inShadow(element, '.leaflet-section li'), inShadow(element, '.key-message')]];
  });
});
