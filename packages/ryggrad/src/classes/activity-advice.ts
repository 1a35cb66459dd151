// `import { RyggActivityAdvice } from 'ryggrad/classes/activity-advice.js'`: the class only, nothing registered.
export { RyggActivityAdvice } from '../../../../widgets/activity-advice/src/activity-advice.js';
