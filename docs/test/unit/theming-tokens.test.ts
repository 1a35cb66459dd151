import { expect } from '@open-wc/testing';
import { TOKEN_DEFAULTS, TOKEN_SIZES } from '@ryggrad/core';
import {
  checkContrast,
  contrastRatio,
  parseHexColour,
  parseThemeTokens,
  themeCss,
  tokenLabel,
} from '../../src/theming/tokens.js';

async function themeFile(name: string): Promise<string> {
  const response = await fetch(`/packages/ryggrad/themes/${name}.css`);
  expect(response.ok).to.equal(true);
  return response.text();
}

describe('theming playground logic', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#fff', '#fff')).to.equal(1);
    expect(contrastRatio('#767676', '#ffffff')!).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('#ffffff', '#767676')).to.equal(contrastRatio('#767676', '#ffffff'));
    expect(contrastRatio('red', '#fff')).to.equal(undefined);
    expect(parseHexColour('#0A0b0C')).to.deep.equal([10, 11, 12]);
    expect(parseHexColour('#abcd')).to.equal(undefined);
  });

  it('finds the built-in light and dark palettes AA-compliant for every pair it checks', () => {
    for (const palette of [TOKEN_DEFAULTS.light, TOKEN_DEFAULTS.dark]) {
      const failing = checkContrast(palette).filter((result) => !result.passes);
      expect(failing.map((result) => `${result.use}: ${result.ratio}`)).to.deep.equal([]);
    }
  });

  it('flags a pair below the minimum, rounding down so 4.49 never passes', () => {
    const tokens = { ...TOKEN_DEFAULTS.light, '--rygg-color-accent': '#7f9fbf' };
    const links = checkContrast(tokens).find(
      (result) => result.foreground === '--rygg-color-accent' && result.background === '--rygg-color-surface',
    )!;
    expect(links.passes).to.equal(false);
    expect(links.ratio).to.be.below(4.5);
  });

  it('reads every token of the ready themes', async () => {
    const fjord = parseThemeTokens(await themeFile('fjord'));
    expect(fjord['--rygg-color-accent']).to.equal('#006d6f');
    expect(fjord['--rygg-radius']).to.equal('12px');
    expect(fjord['--rygg-font-family']).to.match(/^'Source Sans 3'/);
    const neutral = parseThemeTokens(await themeFile('neutral'));
    for (const [name, value] of Object.entries(TOKEN_DEFAULTS.light)) expect(neutral[name], name).to.equal(value);
  });

  it('finds the ready themes AA-compliant', async () => {
    for (const name of ['neutral', 'high-contrast', 'fjord']) {
      const tokens = { ...TOKEN_DEFAULTS.light, ...parseThemeTokens(await themeFile(name)) };
      const failing = checkContrast(tokens).filter((result) => result.passes === false);
      expect(failing.map((result) => `${name} ${result.use}: ${result.ratio}`)).to.deep.equal([]);
    }
  });

  it('prints only the tokens that differ from the defaults, for every widget', () => {
    const baseline = { ...TOKEN_DEFAULTS.light, ...TOKEN_SIZES };
    expect(themeCss(baseline, baseline)).to.match(/No changes/);
    const css = themeCss({ ...baseline, '--rygg-color-accent': ' #7a1f5c ', '--rygg-radius': '' }, baseline);
    expect(css).to.equal(
      'rygg-red-flag-checklist,\nrygg-spine-diagram,\nrygg-activity-advice,\nrygg-return-to-work,\nrygg-care-options,\nrygg-back-facts {\n  --rygg-color-accent: #7a1f5c;\n}',
    );
  });

  it('names tokens in plain words', () => {
    expect(tokenLabel('--rygg-color-text-muted')).to.equal('Text muted');
    expect(tokenLabel('--rygg-font-size')).to.equal('Font size');
  });
});
