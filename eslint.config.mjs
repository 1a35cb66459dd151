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
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.tmp/**',
      'packages/ryggrad/custom-elements.json',
      'packages/ryggrad/test/consumers/**',
    ],
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
    },
  },
  {
    files: ['widgets/*/src/**/*.ts', 'packages/core/src/**/*.ts', 'extension/src/**/*.ts', 'docs/src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
  },
  {
    // Tests: mocha's `this`-free callbacks and chai's property assertions (`expect(x).to.be.true`).
    files: ['**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
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
  prettier,
);
