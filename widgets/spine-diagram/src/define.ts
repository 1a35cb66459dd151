// Registers <rygg-spine-diagram>. The only side effect of the widget: import this file to use the
// tag, or import the class from spine-diagram.js to register it under another name.
import { RyggSpineDiagram, type StructureSelectDetail } from './spine-diagram.js';

RyggSpineDiagram.define('rygg-spine-diagram');

export { RyggSpineDiagram };
export type { SpineView, StructureSelectDetail } from './spine-diagram.js';

declare global {
  interface HTMLElementTagNameMap {
    'rygg-spine-diagram': RyggSpineDiagram;
  }
  interface HTMLElementEventMap {
    /** Fired by <rygg-spine-diagram> when the reader chooses a part of the drawing. */
    'rygg-structure-select': CustomEvent<StructureSelectDetail>;
  }
}
