// `import 'ryggrad/activity-advice.js'` registers <rygg-activity-advice> and exports its class.
import '../../../widgets/activity-advice/src/define.js';
export { RyggActivityAdvice } from '../../../widgets/activity-advice/src/activity-advice.js';
