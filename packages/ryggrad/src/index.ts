// The npm package's main entry: every widget class (without registering any) and the shared types.
export { RyggElement, type Locale, type Theme } from '../../core/src/index.js';
