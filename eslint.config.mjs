// ESLint for the whole repository: typescript-eslint's type-aware rules on every TypeScript file,
// the Lit and web-component rules on the elements, and Prettier's settings win over style rules
// (Prettier formats; ESLint finds mistakes). `npm run lint` runs this, Prettier's check and knip.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '.tmp/**', 'packages/ryggrad/custom-elements.json'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: globals.browser,
    },
    rules: {
      // Numbers and booleans in template literals are how the widgets write text and CSS values.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // Lit's `static properties` and `static styles` are class members by design.
      '@typescript-eslint/no-extraneous-class': 'off',
      // `a || b` on strings is how an empty text falls back to the next one (manifest descriptions,
      // attribute names); `??` would keep the empty string.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // This stylistic rule asks for `x!` in place of `x as T`, which no-non-null-assertion (strict)
      // forbids in sources; the two cannot both hold, so sources keep the named type. Tests turn it on.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
    },
  },
  {
    files: ['widgets/*/src/**/*.ts', 'packages/core/src/**/*.ts', 'extension/src/**/*.ts', 'docs/src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
  },
  {
    // Tests: mocha's `this`-free callbacks and chai's property assertions (`expect(x).to.be.true`).
    files: ['**/test/**/*.ts', 'packages/testing/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests query what they just rendered; `!` says so in one character.
      '@typescript-eslint/non-nullable-type-assertion-style': 'error',
      // @open-wc/semantic-dom-diff types every chai `.equal()` as a Promise (only `.dom.equal()`
      // is one); those calls are safe to leave unawaited, every other promise is not.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'file', name: 'Equal', path: 'node_modules/@open-wc/semantic-dom-diff/chai-dom-diff-plugin.d.ts' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The extension's end-to-end test evaluates functions inside the extension's own pages.
    files: ['extension/test/**/*.mjs'],
    languageOptions: { globals: globals.webextensions },
  },
  prettier,
);
