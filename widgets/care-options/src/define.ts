// Registers <rygg-care-options>: the only side effect of this widget's modules.
import { RyggCareOptions } from './care-options.js';

RyggCareOptions.define('rygg-care-options');

export { RyggCareOptions };

declare global {
  interface HTMLElementTagNameMap {
    'rygg-care-options': RyggCareOptions;
  }
}
