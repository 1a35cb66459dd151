// The self-care card in every language: the action opens with the first point of the advice, and
// the card says each point once.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { RyggRedFlagChecklist } from '../src/red-flag-checklist.js';
import { LOCALE_LIST, card, clickAt, content, labelOf, noneCheckbox, text } from './helpers.js';

describe('<rygg-red-flag-checklist> self-care card', () => {
  for (const locale of LOCALE_LIST) {
    it(`says each self-care point once (${locale})`, async () => {
      const element = await fixture<RyggRedFlagChecklist>(
        html`<rygg-red-flag-checklist lang=${locale} theme="light"></rygg-red-flag-checklist>`,
      );
      await clickAt(labelOf(noneCheckbox(element)));
      await element.updateComplete;
      const shown = text(card(element));
      const strings = await content(locale);
      // The first sentence of the action and of the advice, compared as the reader sees them.
      const firstSentences = [strings.tiers['self-care'].action, strings.selfCareSummary[0] ?? ''].map(
        (said) => said.split(/(?<=\.)\s/)[0],
      );
      expect(firstSentences[0], 'the action opens with the first point').to.equal(firstSentences[1]);
      for (const point of strings.selfCareSummary) expect(shown.split(point).length - 1, point).to.equal(1);
      expect(shown.split(firstSentences[0]!).length - 1, 'the first sentence').to.equal(1);
    });
  }
});
