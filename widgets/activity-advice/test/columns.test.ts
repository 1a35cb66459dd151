// The advice's columns: two of about the same height on a wide screen, one on a phone.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LOCALES } from '@ryggrad/content';
import type { ActivityVariant } from '@ryggrad/content';
import { nextFrame } from '@ryggrad/testing';
import '../src/define.js';
import type { RyggActivityAdvice } from '../src/activity-advice.js';
import { ACTIVITY_VARIANTS } from '../src/view.js';

/**
 * The columns the advice is laid out in, found from where its headings and points sit, and each
 * column's height on screen. A point starts a list indent right of its heading, and columns are
 * at least 18em apart: a block more than 3em right of the last column's edge starts a new column.
 */
function columnHeights(element: RyggActivityAdvice): number[] {
  const boxes = [...(element.shadowRoot?.querySelectorAll('.leaflet-sections :is(h2, h3, h4, h5, h6, li)') ?? [])]
    .map((block) => block.getBoundingClientRect())
    .sort((a, b) => a.left - b.left);
  expect(boxes.length, 'headings and points').to.be.greaterThan(2);
  const columns: { left: number; top: number; bottom: number }[] = [];
  for (const box of boxes) {
    const column = columns.at(-1);
    if (column && box.left - column.left <= 48) {
      column.top = Math.min(column.top, box.top);
      column.bottom = Math.max(column.bottom, box.bottom);
    } else {
      columns.push({ left: box.left, top: box.top, bottom: box.bottom });
    }
  }
  return columns.map(({ top, bottom }) => bottom - top);
}

async function advice(lang: string, variant: ActivityVariant): Promise<RyggActivityAdvice> {
  const element = await fixture<RyggActivityAdvice>(
    html`<rygg-activity-advice lang=${lang} variant=${variant} theme="light"></rygg-activity-advice>`,
  );
  await element.updateComplete;
  await nextFrame();
  return element;
}

describe('<rygg-activity-advice> columns', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of LOCALES) {
    for (const variant of ACTIVITY_VARIANTS) {
      it(`shows two columns of about the same height at 1280 px (${variant}, ${lang})`, async () => {
        await setViewport({ width: 1280, height: 800 });
        const heights = columnHeights(await advice(lang, variant));
        expect(heights.length, `columns: ${heights.join(', ')}`).to.equal(2);
        const [shorter, taller] = [Math.min(...heights), Math.max(...heights)];
        expect((taller - shorter) / taller, `column heights: ${heights.join(', ')}`).to.be.below(0.25);
      });

      it(`shows one column on a 360 px phone (${variant}, ${lang})`, async () => {
        await setViewport({ width: 360, height: 740 });
        expect(columnHeights(await advice(lang, variant))).to.have.length(1);
      });
    }
  }
});
