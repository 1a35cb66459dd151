// `import { RyggCareOptions } from 'ryggrad/classes/care-options.js'`: the class only, nothing registered.
export { RyggCareOptions } from '../../../../widgets/care-options/src/care-options.js';
// Its tag (and events) in HTMLElementTagNameMap/HTMLElementEventMap, as types only: nothing is registered.
export type {} from '../../../../widgets/care-options/src/define.js';
