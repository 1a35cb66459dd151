// `import { RyggActivityAdvice } from 'ryggrad/classes/activity-advice.js'`: the class only, nothing registered.
export { RyggActivityAdvice } from '../../../../widgets/activity-advice/src/activity-advice.js';
// Its tag (and events) in HTMLElementTagNameMap/HTMLElementEventMap, as types only: nothing is registered.
export type {} from '../../../../widgets/activity-advice/src/define.js';
