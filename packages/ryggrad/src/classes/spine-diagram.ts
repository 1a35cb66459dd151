// `import { RyggSpineDiagram } from 'ryggrad/classes/spine-diagram.js'`: the class only, nothing registered.
export { RyggSpineDiagram } from '../../../../widgets/spine-diagram/src/spine-diagram.js';
// Its tag (and events) in HTMLElementTagNameMap/HTMLElementEventMap, as types only: nothing is registered.
export type {} from '../../../../widgets/spine-diagram/src/define.js';
