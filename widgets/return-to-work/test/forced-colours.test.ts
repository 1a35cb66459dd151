// Return to work in forced colours, light and dark palettes: the key message, a percentage that
// needs correcting and the main action stand out from the plain state without the theme's colours.
import { fixture, html } from '@open-wc/testing';
import { FORCED_PALETTES, emulateForcedColours, expectVisiblyDifferent, resetMedia } from '@ryggrad/testing';
import '../src/define.js';
import type { RyggReturnToWork } from '../src/return-to-work.js';

async function withPercentage(value: string): Promise<RyggReturnToWork> {
  const element = await fixture<RyggReturnToWork>(
    html`<rygg-return-to-work lang="en" theme="light" checklist></rygg-return-to-work>`,
  );
  await element.updateComplete;
  const input = one(element, '#graded-percentage') as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
  return element;
}

function one(element: RyggReturnToWork, selector: string): Element {
  const found = element.shadowRoot?.querySelector(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

describe('<rygg-return-to-work> in forced colours', () => {
  afterEach(resetMedia);

  for (const palette of FORCED_PALETTES) {
    it(`sets the key message, an invalid percentage and the print button apart (${palette} palette)`, async function () {
      const valid = await withPercentage('40');
      const invalid = await withPercentage('200');
      if (!(await emulateForcedColours(palette))) this.skip();
      expectVisiblyDifferent(one(valid, '.audience-label'), one(valid, '.key-message'), 'the key message');
      expectVisiblyDifferent(
        one(valid, '#graded-percentage'),
        one(invalid, '#graded-percentage'),
        'a percentage to correct',
      );
      expectVisiblyDifferent(one(valid, 'button.clear'), one(valid, 'button.print'), 'the print button');
    });
  }
});
