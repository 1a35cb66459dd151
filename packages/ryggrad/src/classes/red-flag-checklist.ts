// `import { RyggRedFlagChecklist } from 'ryggrad/classes/red-flag-checklist.js'`: the class only, nothing registered.
export { RyggRedFlagChecklist } from '../../../../widgets/red-flag-checklist/src/red-flag-checklist.js';
// Its tag (and events) in HTMLElementTagNameMap/HTMLElementEventMap, as types only: nothing is registered.
export type {} from '../../../../widgets/red-flag-checklist/src/define.js';
