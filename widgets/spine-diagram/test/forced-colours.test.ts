// The spine diagram in forced colours, light and dark palettes: a highlighted part, the chosen
// part and the view shown stand out from the plain ones without the theme's colours.
import { fixture, html } from '@open-wc/testing';
import { inShadow, itShowsStatesInForcedColours } from '@ryggrad/testing';
import '../src/define.js';
import type { RyggSpineDiagram } from '../src/spine-diagram.js';

describe('<rygg-spine-diagram> in forced colours', () => {
  itShowsStatesInForcedColours('sets a highlighted part, the chosen part and the view shown apart', async () => {
    const element = await fixture<RyggSpineDiagram>(
      html`<rygg-spine-diagram lang="en" theme="light" highlight="L4"></rygg-spine-diagram>`,
    );
    await element.updateComplete;
    inShadow(element, '[data-key="vertebra:L2"]').dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    await element.updateComplete;
    const bone = (label: string) => inShadow(element, `[data-key="vertebra:${label}"] .bone`);
    return [
      ['the highlighted L4', bone('L3'), bone('L4')],
      ['the chosen L2', bone('L3'), bone('L2')],
      ['the view shown', inShadow(element, '[aria-pressed="false"]'), inShadow(element, '[aria-pressed="true"]')],
    ];
  });
});
