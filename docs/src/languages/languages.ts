/**
 * The Languages page's table of real-world tags, computed with the same `normaliseLocale` the
 * widgets use — so the table shows what the code does, not what someone remembered.
 */
import { normaliseLocale } from '@ryggrad/core';
import { el } from '../site/dom.js';

const NAMES = { nb: 'Norwegian bokmål (nb)', nn: 'Norwegian nynorsk (nn)', en: 'English (en)' } as const;

/** Tags a site is likely to have on its pages, and a few it might not expect. */
export const SAMPLE_TAGS = [
  'nb',
  'nb-NO',
  'no',
  'nn',
  'nn-NO',
  'nn_NO',
  'en',
  'en-GB',
  'en-US',
  'se-NO',
  'sv-SE',
  'de',
];

export function renderLanguageTable(container: HTMLElement): void {
  const rows = SAMPLE_TAGS.map((tag) => {
    const result = normaliseLocale(tag);
    return el(
      'tr',
      {},
      el('th', { scope: 'row' }, el('code', {}, `lang="${tag}"`)),
      el('td', {}, result ? NAMES[result.locale] : '—'),
      el('td', {}, result?.supported ? 'Yes' : 'No: falls back, with one console warning'),
    );
  });
  container.replaceChildren(
    el(
      'div',
      { class: 'table-scroll', role: 'region', 'aria-labelledby': 'normalisation', tabindex: '0' },
      el(
        'table',
        { 'aria-labelledby': 'normalisation' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ...['Tag on the page', 'Language shown', 'Supported'].map((label) => el('th', { scope: 'col' }, label)),
          ),
        ),
        el('tbody', {}, ...rows),
      ),
    ),
  );
}
