/**
 * The theming playground: one row of inputs per global `--rygg-*` token (a colour picker and a
 * text field for colours), applied live to the preview widgets through the CSSOM
 * (`style.setProperty`, which a strict CSP allows), a contrast check, and the CSS to copy.
 *
 * The token list and defaults come from packages/core (TOKEN_DEFAULTS, TOKEN_SIZES), so the
 * playground always offers exactly the tokens the widgets read.
 */
import { TOKEN_DEFAULTS, TOKEN_SIZES, errorMessage } from '@ryggrad/core';
import { el } from '../site/dom.js';
import { checkContrast, parseHexColour, parseThemeTokens, themeCss, tokenLabel } from './tokens.js';

type ThemeName = 'light' | 'dark';

const COLOUR_TOKENS = Object.keys(TOKEN_DEFAULTS.light);
const OTHER_TOKENS = Object.keys(TOKEN_SIZES);
const BUILT_IN: Record<string, string> = { ...TOKEN_DEFAULTS.light, ...TOKEN_SIZES };

function defaultsFor(theme: ThemeName): Record<string, string> {
  return { ...TOKEN_DEFAULTS[theme], ...TOKEN_SIZES };
}

/** True when the browser accepts `value` for a property of the token's kind. */
function isValid(name: string, value: string): boolean {
  if (value.trim() === '') return true;
  if (COLOUR_TOKENS.includes(name)) return CSS.supports('color', value);
  if (name === '--rygg-font-family') return CSS.supports('font-family', value);
  if (name === '--rygg-font-size') return CSS.supports('font-size', value) && !/rem\b/.test(value);
  return CSS.supports('padding', value) && !/rem\b/.test(value);
}

/** `--rygg-color-text-muted` → `text-muted`, to keep the contrast table readable. */
const shortName = (token: string) => token.replace(/^--rygg-color-/, '');

interface Field {
  name: string;
  text: HTMLInputElement;
  picker: HTMLInputElement | undefined;
  error: HTMLElement;
}

export function setUpPlayground(root: HTMLElement): void {
  const fieldsBox = root.querySelector<HTMLElement>('[data-token-fields]');
  const preview = root.querySelector<HTMLElement>('[data-preview]');
  const cssOut = root.querySelector<HTMLElement>('[data-theme-css]');
  const contrastBox = root.querySelector<HTMLElement>('[data-contrast]');
  const presetSelect = root.querySelector<HTMLSelectElement>('[data-preset]');
  const themeSelect = root.querySelector<HTMLSelectElement>('[data-widget-theme]');
  const resetButton = root.querySelector<HTMLButtonElement>('[data-reset]');
  if (!fieldsBox || !preview || !cssOut || !contrastBox) return;

  /** The values the reader chose (starts as the built-in light defaults). */
  const values: Record<string, string> = { ...BUILT_IN };
  const fields: Field[] = [];

  const widgetTheme = (): ThemeName => {
    const chosen = themeSelect?.value ?? 'light';
    if (chosen === 'auto') return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    return chosen === 'dark' ? 'dark' : 'light';
  };

  /** Only tokens that differ from the built-in defaults are set, so an untouched token still follows light/dark. */
  const changed = () =>
    Object.fromEntries(
      Object.entries(values).filter(([name, value]) => value.trim() !== '' && value.trim() !== BUILT_IN[name]),
    );

  const render = () => {
    const overrides = changed();
    for (const name of [...COLOUR_TOKENS, ...OTHER_TOKENS]) {
      const value = overrides[name];
      if (value !== undefined && isValid(name, value)) preview.style.setProperty(name, value);
      else preview.style.removeProperty(name);
    }
    for (const widget of preview.querySelectorAll('[data-preview-widget]'))
      widget.setAttribute('theme', themeSelect?.value ?? 'light');
    cssOut.textContent = themeCss(overrides, BUILT_IN);
    renderContrast({ ...defaultsFor(widgetTheme()), ...overrides });
  };

  const renderContrast = (effective: Record<string, string>) => {
    const rows = checkContrast(effective).map((result) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, result.use),
        el(
          'td',
          {},
          el('code', {}, shortName(result.foreground)),
          ' on ',
          el('code', {}, shortName(result.background)),
        ),
        el('td', {}, result.ratio === undefined ? '—' : `${result.ratio.toFixed(2)}:1`),
        el('td', {}, `${result.minimum}:1`),
        el(
          'td',
          {
            class: result.passes === undefined ? 'contrast-unknown' : result.passes ? 'contrast-pass' : 'contrast-fail',
          },
          result.passes === undefined ? 'Not a hex colour: check by hand' : result.passes ? 'Passes' : 'Too low',
        ),
      ),
    );
    contrastBox.replaceChildren(
      el(
        'div',
        { class: 'table-scroll', role: 'region', 'aria-labelledby': 'contrast-heading', tabindex: '0' },
        el(
          'table',
          { 'aria-labelledby': 'contrast-heading' },
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              ...['Used for', 'Tokens (--rygg-color-…)', 'Ratio', 'WCAG AA needs', 'Result'].map((label) =>
                el('th', { scope: 'col' }, label),
              ),
            ),
          ),
          el('tbody', {}, ...rows),
        ),
      ),
    );
  };

  const setValue = (name: string, value: string, from?: HTMLInputElement) => {
    values[name] = value;
    const field = fields.find((candidate) => candidate.name === name);
    if (field) {
      if (from !== field.text) field.text.value = value;
      const hex = parseHexColour(value);
      if (field.picker && hex && from !== field.picker)
        field.picker.value = `#${hex.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
      const valid = isValid(name, value);
      field.text.setAttribute('aria-invalid', valid ? 'false' : 'true');
      field.error.textContent = valid
        ? ''
        : COLOUR_TOKENS.includes(name)
          ? 'Not a colour the browser understands.'
          : 'Not a valid value (use px or em, not rem).';
    }
  };

  for (const name of [...COLOUR_TOKENS, ...OTHER_TOKENS]) {
    const id = `token${name.replace(/^--rygg/, '')}`;
    const isColour = COLOUR_TOKENS.includes(name);
    const text = el('input', {
      type: 'text',
      id,
      class: 'token-text',
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': `${id}-error`,
    });
    const picker = isColour
      ? el('input', {
          type: 'color',
          id: `${id}-picker`,
          class: 'token-picker',
          'aria-label': `${tokenLabel(name)} colour picker`,
        })
      : undefined;
    const error = el('span', { id: `${id}-error`, class: 'field-error' });
    fields.push({ name, text, picker, error });
    fieldsBox.append(
      el(
        'div',
        { class: 'token-field' },
        el('label', { for: id }, tokenLabel(name), ' ', el('code', {}, name)),
        el('div', { class: 'token-inputs' }, picker ?? '', text),
        error,
      ),
    );
    text.addEventListener('input', () => {
      setValue(name, text.value, text);
      render();
    });
    picker?.addEventListener('input', () => {
      setValue(name, picker.value, picker);
      render();
    });
  }

  const loadAll = (next: Record<string, string>) => {
    for (const [name, builtIn] of Object.entries(BUILT_IN)) setValue(name, next[name] ?? builtIn);
    render();
  };

  const loadPreset = async (preset: string) => {
    if (preset === '') {
      loadAll(BUILT_IN);
      return;
    }
    try {
      const response = await fetch(new URL(`./themes/${preset}.css`, document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      loadAll({ ...BUILT_IN, ...parseThemeTokens(await response.text()) });
    } catch (error) {
      cssOut.textContent = `/* Could not load themes/${preset}.css: ${errorMessage(error)} */`;
    }
  };
  presetSelect?.addEventListener('change', () => void loadPreset(presetSelect.value));
  themeSelect?.addEventListener('change', render);
  resetButton?.addEventListener('click', () => {
    if (presetSelect) presetSelect.value = '';
    loadAll(BUILT_IN);
  });

  loadAll(BUILT_IN);
}
