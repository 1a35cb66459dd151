// `import { RyggRedFlagChecklist } from 'ryggrad/classes/red-flag-checklist.js'`: the class only, nothing registered.
export { RyggRedFlagChecklist } from '../../../../widgets/red-flag-checklist/src/red-flag-checklist.js';
