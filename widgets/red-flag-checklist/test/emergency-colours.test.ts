// The emergency card must look as alarming in dark as in light: its fill measured against the
// widget's surface (contrast) and on its own (saturation), and the text on it.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMedia } from '@ryggrad/testing';
import '../src/define.js';
import type { RyggRedFlagChecklist } from '../src/red-flag-checklist.js';
import { query } from './helpers.js';

/** sRGB channels 0–1 of a computed `rgb()`/`rgba()` colour. */
function channels(colour: string): [number, number, number] {
  const parts = colour
    .match(/[\d.]+/g)
    ?.slice(0, 3)
    .map(Number);
  if (parts?.length !== 3) throw new Error(`not an rgb colour: ${colour}`);
  return [parts[0]! / 255, parts[1]! / 255, parts[2]! / 255];
}

/** WCAG relative luminance. */
function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Saturation as in HSV: how far the colour is from grey at its brightness (pastels score low). */
function saturation(colour: string): number {
  const values = channels(colour);
  const max = Math.max(...values);
  return max === 0 ? 0 : (max - Math.min(...values)) / max;
}

async function emergencyCard(theme: string): Promise<{ fill: string; text: string; surface: string }> {
  const element = await fixture<RyggRedFlagChecklist>(
    html`<rygg-red-flag-checklist lang="en" theme=${theme}></rygg-red-flag-checklist>`,
  );
  await element.updateComplete;
  element.flags = ['urination'];
  await element.updateComplete;
  const card = getComputedStyle(query(element, '[part~="card"]'));
  return {
    fill: card.backgroundColor,
    text: card.color,
    surface: getComputedStyle(query(element, '.base')).backgroundColor,
  };
}

describe('<rygg-red-flag-checklist>: the emergency card in light and dark', () => {
  afterEach(async () => {
    await resetMedia();
  });

  const cases: { theme: string; scheme: 'light' | 'dark' }[] = [
    { theme: 'light', scheme: 'light' },
    { theme: 'dark', scheme: 'dark' },
    { theme: 'auto', scheme: 'dark' },
    { theme: 'auto', scheme: 'light' },
  ];
  for (const { theme, scheme } of cases) {
    it(`stands out from the surface, saturated, with readable text (theme ${theme}, ${scheme} system)`, async function () {
      const emulated = await emulateMedia([{ name: 'prefers-color-scheme', value: scheme }]);
      if (theme === 'auto' && !emulated) this.skip();
      const { fill, text, surface } = await emergencyCard(theme);
      if (scheme === 'dark') expect(luminance(surface), 'a dark surface').to.be.below(0.05);
      // WCAG 1.4.11 asks 3:1 of a boundary; the fill is the card's boundary.
      expect(contrast(fill, surface), `${fill} on ${surface}`).to.be.at.least(3);
      expect(saturation(fill), fill).to.be.at.least(0.75);
      expect(contrast(text, fill), `${text} on ${fill}`).to.be.at.least(4.5);
    });
  }
});
