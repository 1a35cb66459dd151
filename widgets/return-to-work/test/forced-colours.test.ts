// Return to work in forced colours, light and dark palettes: the key message, a percentage that
// needs correcting and the main action stand out from the plain state without the theme's colours.
import { fixture, html } from '@open-wc/testing';
import { inShadow, itShowsStatesInForcedColours } from '@ryggrad/testing';
import '../src/define.js';
import type { RyggReturnToWork } from '../src/return-to-work.js';

async function withPercentage(value: string): Promise<RyggReturnToWork> {
  const element = await fixture<RyggReturnToWork>(
    html`<rygg-return-to-work lang="en" theme="light" checklist></rygg-return-to-work>`,
  );
  await element.updateComplete;
  const input = inShadow(element, '#graded-percentage') as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
  return element;
}

describe('<rygg-return-to-work> in forced colours', () => {
  itShowsStatesInForcedColours('sets the key message, an invalid percentage and the print button apart', async () => {
    const [valid, invalid] = [await withPercentage('40'), await withPercentage('200')];
    const percentage = '#graded-percentage';
    return [
      ['the key message', inShadow(valid, '.audience-label'), inShadow(valid, '.key-message')],
      ['a percentage to correct', inShadow(valid, percentage), inShadow(invalid, percentage)],
      ['the print button', inShadow(valid, 'button.clear'), inShadow(valid, 'button.print')],
    ];
  });
});
