// `import { RyggReturnToWork } from 'ryggrad/classes/return-to-work.js'`: the class only, nothing registered.
export { RyggReturnToWork } from '../../../../widgets/return-to-work/src/return-to-work.js';
// Its tag (and events) in HTMLElementTagNameMap/HTMLElementEventMap, as types only: nothing is registered.
export type {} from '../../../../widgets/return-to-work/src/define.js';
