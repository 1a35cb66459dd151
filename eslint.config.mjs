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
      // The CDN build copied into the package (scripts/build.mjs).
      'packages/ryggrad/cdn/**',
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
      // `a || b` on strings is how an empty text falls back to the next one (manifest descriptions,
      // attribute names); `??` would keep the empty string.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // This stylistic rule asks for `x!` in place of `x as T`, which no-non-null-assertion (strict)
      // forbids; the two cannot both hold, so the code keeps the named type, which also says what
      // a query is expected to find.
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
      // Fakes of async interfaces stay `async`, so a throw inside becomes a rejection as in the real one.
      '@typescript-eslint/require-await': 'off',
      // Tests keep a method to restore after stubbing it, and call it with the right `this`.
      '@typescript-eslint/unbound-method': 'off',
      // Query helpers take the element type expected as a type argument (`query<HTMLInputElement>`).
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      // `const { key: _dropped, ...rest } = value` is how a test removes a key.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Tests read elements they defined from the DOM as the test subclasses they registered.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
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
    // Package boundaries: another workspace is imported by its name (`@ryggrad/core`,
    // `@ryggrad/content/validate-rules`), never by a relative path into its `src/`.
    files: ['**/*.ts', '**/*.mjs'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^\.{1,2}/(?:.*/)?(?:core|content|testing|ryggrad)/src(?:/|$)`,
              message: 'Import the workspace by name (@ryggrad/core, @ryggrad/content, @ryggrad/testing).',
            },
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
