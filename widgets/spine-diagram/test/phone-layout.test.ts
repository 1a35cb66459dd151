// The spine diagram's view switch on a phone: balanced rows of equal buttons, large enough to tap.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LOCALES } from '@ryggrad/content';
import { nextFrame } from '@ryggrad/testing';
import '../src/define.js';
import type { RyggSpineDiagram } from '../src/spine-diagram.js';

/** The switch's buttons grouped into rows by where they sit on screen, top to bottom. */
function rowsOf(buttons: readonly HTMLButtonElement[]): DOMRect[][] {
  const rows = new Map<number, DOMRect[]>();
  for (const button of buttons) {
    const box = button.getBoundingClientRect();
    const top = Math.round(box.top);
    rows.set(top, [...(rows.get(top) ?? []), box]);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, boxes]) => boxes);
}

describe('<rygg-spine-diagram> view switch on a phone', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [360, 320]) {
    for (const lang of LOCALES) {
      it(`puts the view buttons in balanced rows of equal width, each at least 24 × 24 px, at ${width} px (${lang})`, async () => {
        await setViewport({ width, height: 740 });
        const element = await fixture<RyggSpineDiagram>(
          html`<rygg-spine-diagram lang=${lang} theme="light"></rygg-spine-diagram>`,
        );
        await element.updateComplete;
        await nextFrame();
        const buttons = [...(element.shadowRoot?.querySelectorAll<HTMLButtonElement>('.view-switch button') ?? [])];
        expect(buttons.length, 'view buttons').to.be.greaterThan(1);
        const rows = rowsOf(buttons);
        const counts = rows.map((row) => row.length);
        expect(new Set(counts).size, `buttons per row: ${counts.join(', ')}`).to.equal(1);
        // Equal widths in every row, and from row to row: no row of one wide and one narrow button.
        const widths = rows.flat().map((box) => box.width);
        expect(Math.max(...widths) - Math.min(...widths), `button widths: ${widths.join(', ')}`).to.be.at.most(1);
        for (const box of rows.flat()) {
          expect(box.width).to.be.at.least(24);
          expect(box.height).to.be.at.least(24);
        }
        // The switch stays inside the widget: no sideways scrolling.
        const base = element.shadowRoot?.querySelector('[part~="base"]');
        expect(base?.scrollWidth).to.be.at.most(base?.clientWidth ?? 0);
      });
    }
  }
});
