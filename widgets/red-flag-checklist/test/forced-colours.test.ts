// The checklist in forced colours, light and dark palettes: ticked answers, the emergency signs'
// call box and the result cards stand out from the plain state without the theme's colours.
import { fixture, html } from '@open-wc/testing';
import { itShowsStatesInForcedColours } from '@ryggrad/testing';
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

async function noneOfThese(): Promise<RyggRedFlagChecklist> {
  const element = await checklist();
  await clickAt(labelOf(noneCheckbox(element)));
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
  itShowsStatesInForcedColours('shows ticked answers apart from unticked ones', async () => {
    const element = await checklist(['urination', 'fever']);
    const [plain, none] = [await checklist(), await noneOfThese()];
    return [
      ['a ticked emergency sign', row(element, 'saddle-numbness'), row(element, 'urination')],
      ['a ticked sign to seek help for', row(element, 'weakness'), row(element, 'fever')],
      ['"none of these" ticked', query(plain, '.none-of-these'), query(none, '.none-of-these')],
    ];
  });

  itShowsStatesInForcedColours('sets the emergency card, the call box and the emergency signs apart', async () => {
    const [emergency, selfCare, empty] = [await checklist(['urination']), await noneOfThese(), await checklist()];
    const card = (element: RyggRedFlagChecklist) => query(element, '[part~="card"]');
    return [
      ['a result card beside the empty result', query(empty, '.placeholder'), card(selfCare)],
      ['the emergency card beside the self-care card', card(selfCare), card(emergency)],
      ['the emergency signs', query(emergency, '.group-seek-help'), query(emergency, '.group-emergency')],
      ['the call box', row(emergency, 'saddle-numbness'), query(emergency, '[part~="urgent-call"]')],
    ];
  });
});
