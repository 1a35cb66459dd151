// Registers <rygg-return-to-work>: the only side effect of this widget's modules.
import { RyggReturnToWork } from './return-to-work.js';

RyggReturnToWork.define('rygg-return-to-work');

export { RyggReturnToWork };

declare global {
  interface HTMLElementTagNameMap {
    'rygg-return-to-work': RyggReturnToWork;
  }
}
