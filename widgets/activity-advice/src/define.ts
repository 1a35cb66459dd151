// Registers <rygg-activity-advice>: the only side effect of this widget's modules.
import { RyggActivityAdvice } from './activity-advice.js';

RyggActivityAdvice.define('rygg-activity-advice');

export { RyggActivityAdvice };

declare global {
  interface HTMLElementTagNameMap {
    'rygg-activity-advice': RyggActivityAdvice;
  }
}
