// The checklist in forced colours, light and dark palettes: ticked answers, the emergency signs'
// call box and the result cards stand out from the plain state without the theme's colours.
import { fixture, html } from '@open-wc/testing';
import { FORCED_PALETTES, emulateForcedColours, expectVisiblyDifferent, resetMedia } from '@ryggrad/testing';
import '../src/define.js';
import type { RyggRedFlagChecklist } from '../src/red-flag-checklist.js';
import { checkbox, clickAt, labelOf, noneCheckbox, query } from './helpers.js';

async function checklist(flags: string[] = []): Promise<RyggRedFlagChecklist> {
  const element = await fixture<RyggRedFlagChecklist>(
    html`<rygg-red-flag-checklist lang="en" theme="light"></rygg-red-flag-checklist>`,
  );
  element.flags = flags;
  await element.updateComplete;
  return element;
}

/** The row of a question, found by its sign. */
function row(element: RyggRedFlagChecklist, flag: string): Element {
  const found = checkbox(element, flag).closest('.question');
  if (!found) throw new Error(`no row for ${flag}`);
  return found;
}

describe('<rygg-red-flag-checklist> in forced colours', () => {
  afterEach(resetMedia);

  for (const palette of FORCED_PALETTES) {
    it(`shows ticked answers apart from unticked ones (${palette} palette)`, async function () {
      const element = await checklist(['urination', 'fever']);
      if (!(await emulateForcedColours(palette))) this.skip();
      expectVisiblyDifferent(row(element, 'saddle-numbness'), row(element, 'urination'), 'a ticked emergency sign');
      expectVisiblyDifferent(row(element, 'weakness'), row(element, 'fever'), 'a ticked sign to seek help for');
    });

    it(`shows "none of these" ticked apart from unticked (${palette} palette)`, async function () {
      const plain = await checklist();
      const ticked = await checklist();
      await clickAt(labelOf(noneCheckbox(ticked)));
      await ticked.updateComplete;
      if (!(await emulateForcedColours(palette))) this.skip();
      expectVisiblyDifferent(query(plain, '.none-of-these'), query(ticked, '.none-of-these'), '"none of these" ticked');
    });

    it(`sets the emergency card, the call box and the emergency signs apart (${palette} palette)`, async function () {
      const element = await checklist(['urination']);
      const selfCare = await checklist();
      await clickAt(labelOf(noneCheckbox(selfCare)));
      await selfCare.updateComplete;
      const empty = await checklist();
      if (!(await emulateForcedColours(palette))) this.skip();
      const emergencyCard = query(element, '[part~="card"]');
      const selfCareCard = query(selfCare, '[part~="card"]');
      expectVisiblyDifferent(query(empty, '.placeholder'), selfCareCard, 'a result card beside the empty result');
      expectVisiblyDifferent(selfCareCard, emergencyCard, 'the emergency card beside the self-care card');
      expectVisiblyDifferent(
        query(element, '.group-seek-help'),
        query(element, '.group-emergency'),
        'the emergency signs',
      );
      expectVisiblyDifferent(row(element, 'saddle-numbness'), query(element, '[part~="urgent-call"]'), 'the call box');
    });
  }
});
