// `import { RyggBackFacts } from 'ryggrad/classes/back-facts.js'`: the class only, nothing registered.
export { RyggBackFacts } from '../../../../widgets/back-facts/src/back-facts.js';
// Its tag (and events) in HTMLElementTagNameMap/HTMLElementEventMap, as types only: nothing is registered.
export type {} from '../../../../widgets/back-facts/src/define.js';
