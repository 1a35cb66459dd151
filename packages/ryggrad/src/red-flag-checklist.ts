// `import 'ryggrad/red-flag-checklist.js'` registers <rygg-red-flag-checklist> and exports its class.
import '../../../widgets/red-flag-checklist/src/define.js';
export { RyggRedFlagChecklist } from '../../../widgets/red-flag-checklist/src/red-flag-checklist.js';
