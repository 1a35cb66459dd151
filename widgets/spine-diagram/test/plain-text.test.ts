import { expect } from '@open-wc/testing';
import { LOCALES, loadTopic, sourceLine } from '@ryggrad/content';
import { diagramParts } from '../src/anatomy.js';
import { parseHighlight } from '../src/highlight.js';
import {
  accessibleName,
  describeDiagram,
  diagramPlainText,
  levelText,
  partName,
  regionRange,
} from '../src/plain-text.js';
import { REGIONS } from './structures.js';

describe('spine-diagram words', () => {
  it('names the parts from the content in each language', async () => {
    const nb = await loadTopic('anatomy', 'nb');
    const en = await loadTopic('anatomy', 'en');
    const vertebra = { key: 'vertebra:L4', structure: 'vertebra', vertebra: 'L4' } as const;
    const disc = { key: 'disc:L4-L5', structure: 'disc', level: 'L4-L5' } as const;
    expect(partName(nb, vertebra)).to.equal(`${nb.ui.vertebraLabel} L4`);
    expect(partName(en, vertebra)).to.equal(`${en.ui.vertebraLabel} L4`);
    expect(partName(nb, disc)).to.equal(`${nb.structures.disc.name} L4–L5`);
    expect(partName(nb, { key: 'region:lumbar', structure: 'lumbar' })).to.equal(nb.structures.lumbar.name);
    expect(partName(en, { key: 'spinous-process:L5', structure: 'spinous-process', vertebra: 'L5' })).to.equal(
      `${en.structures['spinous-process'].name} L5`,
    );
    expect(accessibleName(nb, vertebra, true)).to.equal(`${nb.ui.vertebraLabel} L4, ${nb.ui.highlighted}`);
    expect(accessibleName(nb, vertebra, false)).to.equal(`${nb.ui.vertebraLabel} L4`);
    expect(levelText(nb, 'L5-S1')).to.equal('L5–S1');
    expect(regionRange(nb, 'thoracic')).to.equal('T1–T12');
  });

  for (const lang of LOCALES) {
    it(`describes view, condition and highlight in plain text (${lang})`, async () => {
      const content = await loadTopic('anatomy', lang);
      const parts = diagramParts('spine', 'prolapse');
      const highlight = parseHighlight('L4 prolapse');
      const description = describeDiagram(content, 'spine', 'prolapse', parts, highlight);
      const text = diagramPlainText(content, description);

      expect(text.startsWith(`${content.ui.title}\n===`)).to.equal(true);
      expect(text).to.contain(content.ui.views.spine);
      expect(text).to.contain(`${content.ui.shownCondition}: ${content.conditions.prolapse.name}`);
      for (const sentence of content.conditions.prolapse.explanation) expect(text).to.contain(sentence);
      expect(text).to.contain(
        `${content.ui.highlightedParts}: ${content.ui.vertebraLabel} L4, ${content.structures.prolapse.name} L4–L5`,
      );
      for (const id of [...REGIONS, 'vertebra', 'disc', 'spinal-cord', 'sacrum', 'prolapse', 'nerve-root'] as const) {
        expect(text, id).to.contain(content.structures[id].name).and.contain(content.structures[id].explanation);
      }
      expect(text).to.contain('(C1–C7)');
      expect(text).to.contain(sourceLine(content.common, [2, 4]));
      expect(text).not.to.contain(content.structures['facet-joint'].explanation);
    });
  }

  it('leaves out the highlight line when nothing is highlighted, and adds the chosen part', async () => {
    const content = await loadTopic('anatomy', 'nn');
    const parts = diagramParts('segment', 'none');
    const description = describeDiagram(content, 'segment', 'none', parts, parseHighlight(''));
    expect(description.highlightLine).to.equal('');
    expect(description.regions).to.deep.equal([]);
    const chosen = parts.find((part) => part.structure === 'facet-joint');
    const text = diagramPlainText(content, description, chosen);
    expect(text).not.to.contain(content.ui.highlightedParts);
    expect(text).to.contain(`${content.ui.selectedHeading}: ${content.structures['facet-joint'].name} L4–L5`);
    expect(text).to.contain(content.structures['facet-joint'].explanation);
    expect(text).to.contain(content.conditions.none.name);
  });
});
