// Registers <rygg-back-facts>: the only side effect of this widget's modules.
import { RyggBackFacts } from './back-facts.js';

RyggBackFacts.define('rygg-back-facts');

export { RyggBackFacts };

declare global {
  interface HTMLElementTagNameMap {
    'rygg-back-facts': RyggBackFacts;
  }
}
